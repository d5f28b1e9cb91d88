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

    /** "hieß es aus dem Kreml", "Demnach …": the sentence, spoken by the source named in the phrase or the previous speaker */
    public static Draft apply(Document doc, Sentence s, Cue c, List<Draft> out) {
        List<Token> tk = doc.tokens;
        int from = tk.get(c.token).start;
        int phraseEnd = c.endToken;
        Mention sp = null;
        if (c.kind == Cue.Kind.HIESS_ES && phraseEnd < s.endToken && tk.get(phraseEnd).isAny("aus", "in", "im", "von", "vom", "bei", "beim")) {
            for (Mention m : doc.mentions) {
                if (m.token >= phraseEnd + 1 && m.token <= phraseEnd + 2 && m.sentence == s.index) { sp = m; phraseEnd = m.endToken; break; }
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
