package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;
import java.util.Set;

/**
 * A German headline whose subject states a view: "Kreml sieht kaum Fortschritte", "Ministerin warnt vor Engpässen",
 * "Bürgermeister fordert Hilfe". The headline opens with a person, role or institution and its verb (present tense,
 * right after it) is one of {@link #VERBS}; the whole headline is that subject's {@code Reported} statement.
 */
public final class HeadlineClaim {
    public static final String RULE = "headline-claim";
    static final int MAX_TOKENS = 30;
    private static final Set<String> VERBS = Set.of("sieht", "sehen", "warnt", "warnen", "fordert", "fordern", "kritisiert",
            "kritisieren", "nennt", "nennen", "hält", "halten", "erwartet", "erwarten", "bestätigt", "bestätigen",
            "dementiert", "dementieren", "lobt", "loben", "spricht", "sprechen", "bezeichnet", "wertet", "beklagt", "droht");

    private HeadlineClaim() {}

    public static void apply(Document doc, List<Draft> out) {
        if (!doc.german()) return;
        List<Token> tk = doc.tokens;
        for (Sentence s : doc.sentences) {
            if (!s.body || !s.headline || s.tokenCount() < 3 || s.tokenCount() > MAX_TOKENS) continue;
            // the claim opens the headline or the part after a colon or dash ("X in Moskau: … – Kremlberater sieht …")
            for (int start = s.firstToken; start < s.endToken - 1; start++) {
                if (start > s.firstToken && !tk.get(start - 1).isAny(":", "–", "—", "-")) continue;
                Draft d = claim(doc, s, start);
                if (d != null) { out.add(d); break; }
            }
        }
    }

    private static Draft claim(Document doc, Sentence s, int start) {
        List<Token> tk = doc.tokens;
        Mention first = null;
        for (Mention m : SentenceMentions.starting(doc, start, start + 1)) first = m;
        if (first == null || first.kind == Mention.Kind.PLACE || first.kind == Mention.Kind.PRONOUN) {
            // a capitalised word right before such a verb ("Kremlberater sieht …") is its subject
            if (first == null && start + 1 < s.endToken && tk.get(start).isCapitalized() && tk.get(start).isWord()
                    && VERBS.contains(tk.get(start + 1).text)) {
                first = new Mention(Mention.Kind.GROUP, start, start + 1, tk.get(start).start, tk.get(start).end, s.index,
                        tk.get(start).text, null, null);
                first.resolution = "headline subject";
            } else return null;
        }
        if (first.endToken >= s.endToken || !VERBS.contains(tk.get(first.endToken).text)) return null;
        if (doc.quoteAround(tk.get(first.endToken).start) != null) return null;
        Draft d = new Draft(Form.Reported, RULE, s.index, 0.5);
        int end = s.end;
        while (end > s.start && Character.isWhitespace(doc.text.charAt(end - 1))) end--;
        d.quote.add(new Span(first.start, end));
        d.speaker = first;
        d.cue.add(new Span(tk.get(first.endToken).start, tk.get(first.endToken).end));
        d.evidence.add(RULE + ": headline '" + tk.get(first.endToken).text + "' after its subject");
        return d;
    }
}
