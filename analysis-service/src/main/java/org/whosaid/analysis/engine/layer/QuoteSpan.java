package org.whosaid.analysis.engine.layer;

/**
 * A span between matching quotation marks. {@code start}/{@code end} include the marks, {@code innerStart}/
 * {@code innerEnd} exclude them. {@code parent} is the index of the enclosing quote (nested quotes) or -1.
 */
public final class QuoteSpan {
    public final int start, end, innerStart, innerEnd;
    public final char open;
    public int parent = -1;
    public int words;
    /** set by the statement rules once the quote is part of a statement */
    public boolean used;

    public QuoteSpan(int start, int end, char open) {
        this.start = start;
        this.end = end;
        this.innerStart = start + 1;
        this.innerEnd = end - 1;
        this.open = open;
    }

    /** a quote opened but not closed before the end of its paragraph: no closing mark, {@code end == innerEnd} */
    public static QuoteSpan unclosed(int start, int innerEnd, char open) {
        return new QuoteSpan(start, innerEnd, innerEnd, open);
    }

    private QuoteSpan(int start, int end, int innerEnd, char open) {
        this.start = start;
        this.end = end;
        this.innerStart = start + 1;
        this.innerEnd = innerEnd;
        this.open = open;
    }

    @Override public String toString() { return "Q[" + start + "," + end + ")"; }
}
