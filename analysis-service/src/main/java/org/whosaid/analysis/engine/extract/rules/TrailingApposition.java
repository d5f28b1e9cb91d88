package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

/**
 * English content before a cue whose subject stands between commas in front of it: "…, much work remains, Yuri Ushakov,
 * a senior adviser to the president, told reporters." The speaker is the name (with its apposition), and the content ends
 * at the comma before the name. Looks back at most {@link #WINDOW} tokens from the verb.
 */
public final class TrailingApposition {
    static final int WINDOW = 18;

    /** the speaker and the character offset where the content ends */
    public record Found(Mention speaker, int contentEnd) {
    }

    private TrailingApposition() {}

    /** {@code comma} is the token index of the comma right before the cue verb */
    public static Found find(Document doc, Sentence s, int comma) {
        if (doc.german() || comma <= s.firstToken) return null;
        List<Token> tk = doc.tokens;
        int from = Math.max(s.firstToken + 1, comma - WINDOW);
        Found best = null;
        for (Mention m : SentenceMentions.starting(doc, from, comma)) {
            if (m.kind != Mention.Kind.NAME || m.governed || m.token <= s.firstToken) continue;
            if (tk.get(m.token).isAny("a", "an", "the", "A", "An", "The")) continue; // the role phrase, not the name
            if (!tk.get(m.token - 1).is(",") || doc.quoteAround(m.start) != null) continue;
            if (m.endToken == comma) return new Found(m, tk.get(m.token - 1).start);
            if (m.endToken < comma && tk.get(m.endToken).is(",") && m.endToken + 1 < comma
                    && tk.get(m.endToken + 1).isAny("a", "an", "the", "his", "her", "its") && noComma(tk, m.endToken + 1, comma))
                best = new Found(m, tk.get(m.token - 1).start);
        }
        return best;
    }

    private static boolean noComma(List<Token> tk, int from, int to) {
        for (int k = from; k < to; k++) if (tk.get(k).is(",")) return false;
        return true;
    }
}
