package org.whosaid.ingest.clean;

import java.util.List;
import java.util.Map;

/**
 * What the cleaner made of a page: the body (the article's own text), header fields found in the text,
 * the removed parts as sections, and for each field the rule that found it.
 */
public record CleanResult(
        String body,
        String title,
        String kicker,
        String lead,
        String dateLine,
        String creditOutlet,
        String leadingAgency,
        List<String> agencies,
        List<String> authors,
        List<Section> sections,
        Map<String, String> provenance) {
}
