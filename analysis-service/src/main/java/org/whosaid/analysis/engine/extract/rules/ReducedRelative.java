package org.whosaid.analysis.engine.extract.rules;

import java.util.List;
import java.util.Set;

import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Document;

/**
 * English "said in a video the ministry posted online": after a medium phrase ("in a video", "in a statement") a short
 * clause whose verb publishes and has no object ("the ministry posted online", "his office released on Monday")
 * describes the medium (a relative clause without "that"); it is no reported content. "said in a statement the
 * ferry would keep running" still is.
 */
final class ReducedRelative {
    private static final Set<String> PUBLISHING = Set.of("posted", "published", "released", "shared", "aired",
            "broadcast", "issued", "uploaded", "circulated", "distributed", "put", "sent", "gave", "recorded", "filmed");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "could", "should", "might", "must", "can", "may");
    /** at most this many words before the publishing verb ("the foreign ministry's press office") */
    private static final int SUBJECT_WORDS = 5;
    /** at most this many words after it ("online", "on its website", "late on Monday") */
    private static final int TAIL_WORDS = 4;

    private ReducedRelative() {
    }

    /** Whether the words from token {@code k} to the sentence end are such a clause. */
    static boolean after(Document doc, Sentence s, int k) {
        List<Token> tk = doc.tokens;
        int end = s.endToken;
        while (end > k && tk.get(end - 1).isPunct()) end--;
        for (int i = k + 1; i < end && i <= k + SUBJECT_WORDS; i++) {
            Token t = tk.get(i);
            if (t.isPunct() || t.is("that")) return false;
            if (AUXILIARIES.contains(t.lower())) return false; // "the harbour was shared by three towns" is content
            if (PUBLISHING.contains(t.lower())) return end - i - 1 <= TAIL_WORDS && noneIs(tk, i + 1, end, "that");
        }
        return false;
    }

    private static boolean noneIs(List<Token> tk, int from, int to, String word) {
        for (int i = from; i < to; i++) if (tk.get(i).is(word)) return false;
        return true;
    }
}
