package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

/**
 * A person's name in commas right after a role phrase that names no person yet: "laut dem Sprecher des Hafenamts, Ole
 * Brandt, sei …" or "Das bestätigte die Ministerin des Landes, Ida Holm." The reader quotes the role together with the
 * name. The name must be a full name (at least two words) with no role of its own, and it must close the phrase: a
 * comma, a bracket or the end of the sentence follows it, never "und" (a list of names). The window is the phrase
 * before the comma and the one name mention after it.
 */
final class NameApposition {
    static final boolean ON = !Boolean.getBoolean("whosaid.noNameApposition");

    private NameApposition() {}

    /**
     * The name mention in commas after the phrase [from, comma), or null.
     *
     * @param from  first token of the role phrase
     * @param comma the token of the comma right after the phrase
     */
    static Mention after(Document doc, Sentence s, int from, int comma) {
        List<Token> tk = doc.tokens;
        if (!ON || comma >= s.endToken - 1 || !tk.get(comma).is(",")) return null;
        for (Mention x : SentenceMentions.starting(doc, from, comma)) {
            if (x.kind == Mention.Kind.NAME && x.role == null) return null;   // "Ida Holm, Ole Brandt": a list
            if (x.kind == Mention.Kind.PRONOUN) return null;
        }
        Mention name = null;
        for (Mention x : SentenceMentions.starting(doc, comma + 1, comma + 2)) if (x.kind == Mention.Kind.NAME) name = x;
        if (name == null || name.role != null || name.endToken - name.token < 2 || name.sentence != s.index) return null;
        if (doc.quoteAround(name.start) != null) return null;
        if (name.endToken >= s.endToken) return name;
        return tk.get(name.endToken).isAny(",", ".", ")", ";") ? name : null;
    }

    /** the end token of the name after the speaker mention's comma, or -1 (used when widening a speaker span) */
    static int end(Document doc, Sentence s, Mention m, int comma, Draft d) {
        if (m.kind == Mention.Kind.PRONOUN || m.kind == Mention.Kind.GROUP) return -1;
        Mention name = after(doc, s, m.token, comma);
        if (name == null || d.overlaps(name.start, name.end)) return -1;
        return name.endToken;
    }
}
