package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

/**
 * An interview or transcript line: a body line that opens with a person's name and a colon ("J. Doe: We agreed to meet
 * again. Nothing is decided."). The rest of the line, up to {@link #MAX_SENTENCES} sentences, is that person's direct
 * statement. Headlines are left to the headline rule; "Question:" or "Frage:" open no statement (no name).
 */
public final class SpeakerColonLine {
    public static final String RULE = "speaker-colon-line";
    static final int MAX_SENTENCES = 8;
    /** a name of at most this many tokens (with an initial: "Y", ".", "Name") */
    static final int MAX_NAME_TOKENS = 5;

    private SpeakerColonLine() {}

    public static void apply(Document doc, List<Draft> out) {
        List<Token> tk = doc.tokens;
        List<Sentence> ss = doc.sentences;
        for (int i = 0; i < ss.size(); i++) {
            Sentence s = ss.get(i);
            if (!s.body || s.headline || s.tokenCount() < 4) continue;
            if (i > 0 && ss.get(i - 1).paragraph == s.paragraph) continue; // only a line's first sentence
            int colon = -1;
            for (int k = s.firstToken + 1; k < s.endToken && k <= s.firstToken + MAX_NAME_TOKENS; k++) {
                if (tk.get(k).is(":")) { colon = k; break; }
            }
            if (colon < 0 || colon + 1 >= s.endToken) continue;
            Mention name = null;
            for (Mention m : SentenceMentions.starting(doc, s.firstToken, colon)) {
                if (m.endToken == colon && (m.kind == Mention.Kind.NAME || m.kind == Mention.Kind.ROLE)) name = m;
            }
            if (name == null || !onlyInitialsBefore(tk, s.firstToken, name.token)) continue;
            if (doc.quoteAround(tk.get(colon).start) != null) continue;
            int end = s.end;
            int last = i;
            for (int j = i + 1; j < ss.size() && j <= i + MAX_SENTENCES && ss.get(j).paragraph == s.paragraph && ss.get(j).body; j++) {
                end = ss.get(j).end;
                last = j;
            }
            int from = tk.get(colon + 1).start;
            while (end > from && Character.isWhitespace(doc.text.charAt(end - 1))) end--;
            if (end - from < 10 || covered(out, i, last, from, end)) continue;
            Draft d = new Draft(Form.Direct, RULE, s.index, 0.7);
            d.quote.add(new Span(from, end));
            d.speaker = name;
            d.frame.add(new Span(tk.get(s.firstToken).start, tk.get(colon).end));
            d.evidence.add(RULE + ": a line opening with '" + doc.slice(tk.get(s.firstToken).start, tk.get(colon).end) + "'");
            out.add(d);
        }
    }

    /** "Y. Ushakov": only initials (one capital and a dot) may stand before the name mention */
    private static boolean onlyInitialsBefore(List<Token> tk, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tk.get(k);
            if (!(t.is(".") || t.isWord() && t.text.length() == 1 && t.isCapitalized())) return false;
        }
        return true;
    }

    /** a statement already made from these sentences overlaps [from, to): drafts are looked up from the end, bounded */
    private static boolean covered(List<Draft> out, int first, int last, int from, int to) {
        for (int i = out.size() - 1, n = 0; i >= 0 && n < 64; i--, n++) {
            Draft d = out.get(i);
            if (d.sentence >= first && d.sentence <= last && !d.anchor && d.overlaps(from, to)) return true;
        }
        return false;
    }
}
