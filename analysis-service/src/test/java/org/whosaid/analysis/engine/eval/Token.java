package org.whosaid.analysis.engine.eval;

/** A gnqa token: document-wide index, text and character offsets into the document's original text (end exclusive). */
public record Token(int id, String text, int charBegin, int charEnd, int sentence) {
}
