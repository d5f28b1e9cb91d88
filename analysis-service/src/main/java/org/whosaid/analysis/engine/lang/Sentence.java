package org.whosaid.analysis.engine.lang;

/**
 * A sentence (or a headline / caption line): character span, its tokens [firstToken, endToken), and whether it looks
 * like article prose ({@code prose}: ends like a sentence and is long enough) rather than page furniture.
 */
public final class Sentence {
    public final int index;
    public final int start;
    public final int end;
    public int firstToken;
    public int endToken;
    /** index of the paragraph (block of lines separated by blank lines or single line breaks) */
    public final int paragraph;
    /** false for lines that are page furniture (captions, tag lines, teaser blocks), see {@link SentenceSplitter} */
    public boolean body = true;
    /** a line without final punctuation (headline, caption, sub-heading) */
    public boolean headline;

    public Sentence(int index, int start, int end, int paragraph) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.paragraph = paragraph;
    }

    public int tokenCount() { return endToken - firstToken; }

    @Override public String toString() { return "S" + index + "[" + start + "," + end + ")"; }
}
