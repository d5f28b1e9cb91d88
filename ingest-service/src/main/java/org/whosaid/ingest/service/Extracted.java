package org.whosaid.ingest.service;

import org.whosaid.ingest.clean.Section;

import java.util.List;
import java.util.Map;

/** Everything derived from one input, ready to store. */
public record Extracted(String url, String outlet, String title, String kicker, String lead, String publishedAt,
                        String language, List<String> agencies, List<String> authors, String text,
                        List<Section> sections, Map<String, String> provenance, String rawType, String raw) {
}
