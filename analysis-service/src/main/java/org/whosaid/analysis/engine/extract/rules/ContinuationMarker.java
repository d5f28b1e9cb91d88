package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.Overlaps.*;
import static org.whosaid.analysis.engine.extract.rules.Moods.*;
import static org.whosaid.analysis.engine.extract.rules.DirectQuotes.*;

/**
 * {@code hiess-es} and {@code demnach}: "Der Hafen bleibe zu, hieß es aus dem Rathaus.", "Demnach soll …". The
 * speaker is the source named in the phrase, else the previous statement's speaker (two sentences back at most).
 */
public final class ContinuationMarker {
    private ContinuationMarker() {}

    /** nouns naming a written source after "hieß es in": "in einer gemeinsamen Erklärung", "im Abschlussdokument" */
    static final List<String> DOCUMENTS = List.of("erklärung", "mitteilung", "stellungnahme", "schreiben", "brief", "papier",
            "dokument", "kommuniqué", "kommunique", "communiqué", "statement", "beschluss", "bericht", "gutachten", "protokoll");

    /** end of a noun phrase at {@code k} whose head names a written source ("einer gemeinsamen Erklärung"), or -1 */
    static int document(Document doc, Sentence s, int k) {
        int e = readNP(doc, s, k);
        if (e <= k) return -1;
        String head = doc.tokens.get(e - 1).lower();
        for (String d : DOCUMENTS) if (head.endsWith(d)) return e;
        return -1;
    }

    /**
     * "hieß es aus dem Kreml", "hieß es in einer Erklärung der Regierung", "Demnach …": the sentence, spoken by the
     * source named in the phrase (a written source counts, resolved to the body it names) or the previous speaker
     */
    public static Draft apply(Document doc, Sentence s, Cue c, List<Draft> out) {
        List<Token> tk = doc.tokens;
        int from = tk.get(c.token).start;
        int phraseEnd = c.endToken;
        Mention sp = null;
        if (c.kind == Cue.Kind.HIESS_ES && phraseEnd < s.endToken && tk.get(phraseEnd).isAny("aus", "in", "im", "von", "vom", "bei", "beim")) {
            for (Mention m : doc.mentions) {
                if (m.token >= phraseEnd + 1 && m.token <= phraseEnd + 2 && m.sentence == s.index) {
                    // "hieß es in Genf" names where, not who
                    if (m.kind == Mention.Kind.PLACE && tk.get(phraseEnd).isAny("in", "im")) break;
                    sp = m; phraseEnd = m.endToken; break;
                }
            }
            boolean written = tk.get(phraseEnd).isAny("in", "im");
            if (sp == null && (written || tk.get(phraseEnd).isAny("aus", "von", "vom"))) {
                // "in einer gemeinsamen Erklärung der beiden Länder", "aus dem Rathaus", "aus Regierungskreisen"
                int e = written ? document(doc, s, phraseEnd + 1) : readNP(doc, s, phraseEnd + 1);
                if (e > 0) {
                    int g = extendSource(doc, s, e);
                    sp = sourcePhrase(doc, s, phraseEnd + 1, g, lastMentionIn(doc, s, e, g, null));
                    phraseEnd = g;
                }
            }
        }
        // "In einer Mitteilung des Ministeriums hieß es, …": the written source before the cue
        if (sp == null && c.kind == Cue.Kind.HIESS_ES && tk.get(s.firstToken).isAny("In", "Im") && c.token > s.firstToken + 1) {
            int e = document(doc, s, s.firstToken + 1);
            if (e > 0 && extendSource(doc, s, e) == c.token) {
                sp = sourcePhrase(doc, s, s.firstToken + 1, c.token, lastMentionIn(doc, s, e, c.token, null));
                from = tk.get(s.firstToken).start;
            }
        }
        while (phraseEnd < s.endToken && tk.get(phraseEnd).isAny("weiter", "zudem", "auch", "dazu", "außerdem", "ferner", "ergänzend", "demnach")) phraseEnd++;
        if (c.kind == Cue.Kind.HIESS_ES && c.token > s.firstToken && tk.get(c.token - 1).is(",")) from = tk.get(c.token - 1).start;
        Draft d = new Draft(Form.Indirect, c.kind == Cue.Kind.HIESS_ES ? "hiess-es" : "demnach", s.index, 0.7);
        int to = tk.get(phraseEnd - 1).end;
        remainder(doc, s, d, from, to, contentEnd(doc, s));
        d.speaker = sp;
        if (sp == null) {
            Draft prev = previous(out, s.index, 2);
            if (prev != null) {
                d.speakerFrom = prev;
            } else if (c.kind == Cue.Kind.DEMNACH) {
                return null;
            }
        }
        d.frame.add(new Span(from, to));
        return d;
    }
}
