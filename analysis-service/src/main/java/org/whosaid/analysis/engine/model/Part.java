package org.whosaid.analysis.engine.model;

import java.util.List;

/** One role of a statement (quote, cue, frame, addressee, channel): its text and where it stands (possibly discontinuous). */
public record Part(String text, List<Span> spans) {
    public Part {
        spans = List.copyOf(spans);
    }
    public static Part of(String documentText, Span span) {
        return new Part(documentText.substring(span.start(), span.end()), List.of(span));
    }
    public int start() { return spans.isEmpty() ? -1 : spans.get(0).start(); }
    public int end() { return spans.isEmpty() ? -1 : spans.get(spans.size() - 1).end(); }
}
