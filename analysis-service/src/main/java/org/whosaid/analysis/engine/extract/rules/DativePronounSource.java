package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Mention;

/**
 * "Ihm zufolge …", "Ihr zufolge …", "Gemäß ihm …", "laut ihr": the source is a pronoun in the dative, resolved like "er" / "sie" (the speaker of a
 * statement just before, gender agreeing), not shown as the word "Ihm".
 */
public final class DativePronounSource {
    private DativePronounSource() {}

    /** a pronoun mention for the dative pronoun right before the marker at token {@code marker}, or null */
    public static Mention mention(Document doc, Sentence s, int marker) {
        if (!doc.german() || marker <= s.firstToken) return null;
        return at(doc, s, marker - 1);
    }

    /** "Laut ihm …", "Gemäß ihr …": the dative pronoun right after the marker ending before token {@code after} */
    public static Mention after(Document doc, Sentence s, int after) {
        if (!doc.german() || after >= s.endToken) return null;
        return at(doc, s, after);
    }

    private static Mention at(Document doc, Sentence s, int i) {
        Token t = doc.tokens.get(i);
        String nominative = switch (t.lower()) {
            case "ihm" -> "er";
            case "ihr", "ihnen" -> "sie";
            default -> null;
        };
        if (nominative == null) return null;
        Mention m = new Mention(Mention.Kind.PRONOUN, i, i + 1, t.start, t.end, s.index, nominative, null, null);
        m.resolution = "dative pronoun '" + t.text + "' read as '" + nominative + "'";
        return m;
    }
}
