package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

import static org.whosaid.analysis.engine.extract.rules.Clauses.*;
import static org.whosaid.analysis.engine.extract.rules.Contents.*;
import static org.whosaid.analysis.engine.extract.rules.NounPhrases.*;
import static org.whosaid.analysis.engine.extract.rules.Roles.*;
import static org.whosaid.analysis.engine.extract.rules.Subjects.*;

/**
 * {@code speech-act}: an act verb with a person or institution as subject and no content clause reports the whole
 * sentence: "Sie forderte erneut Hilfe für die Hafenarbeiter.", English "X thanked Y for Z, adding that …" (the clause
 * before the participle).
 */
final class SpeechAct {
    private SpeechAct() {}

    /** an act verb's clause may be followed by a relative clause and still report the whole sentence (issue 13) */
    static final boolean RELATIVE_TAIL = !Boolean.getBoolean("whosaid.noActRelativeTail");

    /**
     * "Sie hatte den Plan kritisiert, nachdem Obermann gesagt hatte, …", "She thanked him, after the mayor said that …":
     * the act's clause is followed by a subordinate clause with a speech verb of its own, which is another statement
     */
    static boolean subordinateSpeech(Document doc, Sentence s, int ce) {
        List<Token> tk = doc.tokens;
        if (ce + 1 >= s.endToken || !tk.get(ce).is(",") || !isSubordinator(tk.get(ce + 1))) return false;
        int i = Cues.firstAtOrAfter(doc, ce + 1);
        return i < doc.cues.size() && doc.cues.get(i).token < s.endToken && doc.cues.get(i).kind == Cue.Kind.VERB;
    }

    static Draft apply(VerbClause x, Mention sp) {
        Document doc = x.doc;
        Sentence s = x.s;
        List<Token> tk = doc.tokens;
        int ce = x.ce;
        // English "X thanked Y for Z, adding that …": the act is the clause before the participle
        boolean participleAfter = !doc.german() && ce + 1 < s.endToken && tk.get(ce).is(",") && tk.get(ce + 1).lower().endsWith("ing")
                && tk.get(ce + 1).isWord() && !tk.get(ce + 1).isCapitalized();
        // German "Sie fordert Regeln für Boote, die nachts im Hafen liegen.": a relative clause may follow the act
        boolean relativeAfter = RELATIVE_TAIL && doc.german() && ce + 2 < s.endToken && tk.get(ce).is(",")
                && (isRelativeStart(tk, s, ce + 1) || PREPOSITIONS.contains(tk.get(ce + 1).lower()) && isRelativeStart(tk, s, ce + 2));
        // "X described the talks as useful but acknowledged that …": a second speech act of X follows ({@link CoordinatedCue})
        boolean coordinatedAfter = x.secondAct == ce;
        if (!x.c.act || !(lastClauseOrSentence(doc, s, ce) || participleAfter || relativeAfter || coordinatedAfter)) return null;
        if (sp == null || !(sp.personLike() || sp.kind == Mention.Kind.INSTITUTION)) return null;
        Draft d = new Draft(Form.Reported, "speech-act", s.index, 0.5);
        boolean beforeSpeech = subordinateSpeech(doc, s, ce);
        if (coordinatedAfter && !beforeSpeech) Contents.addTrimmed(doc, d, s.start, tk.get(ce).start);
        else d.quote.add(new Span(s.start, beforeSpeech || participleAfter && !lastClauseOrSentence(doc, s, ce) ? tk.get(ce).start : s.end));
        if (beforeSpeech) d.evidence.add("ends before a clause with a statement of its own ('" + tk.get(ce + 1).text + " …')");
        d.speaker = sp;
        return d;
    }
}
