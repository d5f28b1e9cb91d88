package org.whosaid.analysis.engine.model;

/** A character range in the analysed text: Java String indices (UTF-16 code units), end exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    public int length() { return end - start; }
    public boolean overlaps(Span o) { return start < o.end && o.start < end; }
    public boolean contains(Span o) { return start <= o.start && o.end <= end; }
}
