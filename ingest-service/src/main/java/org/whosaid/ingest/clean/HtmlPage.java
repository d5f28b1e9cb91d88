package org.whosaid.ingest.clean;

import java.util.List;
import java.util.Map;

/**
 * What was read from an HTML page: the main text as one paragraph per line, captions found in figures,
 * and metadata with where each value came from.
 */
public record HtmlPage(
        String text,
        List<String> captions,
        String title,
        String siteName,
        String published,
        String description,
        String author,
        String language,
        String canonicalUrl,
        Map<String, String> provenance) {
}
