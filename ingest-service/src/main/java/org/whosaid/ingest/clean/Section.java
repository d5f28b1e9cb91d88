package org.whosaid.ingest.clean;

/** A part of the input that is not the article's own body: kind summary|teasers|captions|tags|credits|other, and the rule that found it. */
public record Section(String kind, String text, String rule) {
}
