package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

/**
 * The speaker's own medium right after the speaker joins its phrase, as the corpus marks it: "die Hafenzeitung in ihrer
 * Onlineausgabe", "der Verein auf seiner Website". The phrase is "in"/"auf", a possessive pointing back to the speaker
 * ("seiner", "ihrer"), lower-case adjectives and one or two capitalised nouns; it must not reach into the quote. At
 * most seven tokens are read.
 */
public final class OwnMedium {
    static final boolean ON = !Boolean.getBoolean("whosaid.noOwnMedium");

    private OwnMedium() {}

    public static void apply(Document doc, Draft d) {
        Mention m = d.speaker;
        if (!ON || m == null || !doc.german() || m.kind == Mention.Kind.PRONOUN) return;
        List<Token> tk = doc.tokens;
        int e = m.endToken;
        if (e + 2 >= tk.size() || tk.get(e + 2).sentence != m.sentence) return;
        if (!tk.get(e).isAny("in", "auf") || !possessive(tk.get(e + 1).lower())) return;
        int k = e + 2;
        while (k < tk.size() && k < e + 5 && tk.get(k).isWord() && !tk.get(k).isCapitalized() && tk.get(k).isAdjective()) k++;
        int n = k;
        while (k < tk.size() && k < n + 2 && tk.get(k).sentence == m.sentence && tk.get(k).isWord() && tk.get(k).isCapitalized()
                && (tk.get(k).isNoun() || !tk.get(k).known)) k++;
        if (k == n || d.overlaps(tk.get(e).start, tk.get(k - 1).end)) return;
        d.speaker = SpeakerSpans.widened(m, k, tk);
    }

    private static boolean possessive(String l) {
        return l.equals("seiner") || l.equals("ihrer") || l.equals("seinem") || l.equals("ihrem");
    }
}
