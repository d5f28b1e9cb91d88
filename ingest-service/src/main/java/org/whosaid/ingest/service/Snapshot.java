package org.whosaid.ingest.service;

import org.whosaid.ingest.clean.Section;

import java.util.List;
import java.util.Map;

/** The JSON stored with each article version: what the article was at that version. */
public record Snapshot(String url, String outlet, String title, String kicker, String lead, String publishedAt,
                       String language, List<String> agencies, List<String> authors, String text,
                       List<Section> sections, Map<String, String> provenance, String contentHash) {
}
