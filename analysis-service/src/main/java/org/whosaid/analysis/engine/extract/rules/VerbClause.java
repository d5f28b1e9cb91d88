package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

/**
 * One speech-verb cue with its clause, as the verb-cue rules see it: in "Die Lage sei ernst, sagte die Ministerin."
 * the cue is "sagte", the clause [cs, ce) is "sagte die Ministerin", the verb comes first in it, and the sentence's
 * content ends before the final full stop ({@code sentEnd}). {@link VerbCue} builds it once and hands it to each rule
 * in turn; a rule that decides the cue makes no statement at all sets {@link #stop}.
 */
final class VerbClause {
    final Document doc;
    final Sentence s;
    final Cue c;
    /** the statements made so far */
    final List<Draft> out;
    /** clause start and end token (end exclusive), and the verb's token */
    final int cs, ce, v;
    /** offset where the sentence's content ends */
    final int sentEnd;
    /** the clause starts with the verb, an auxiliary or "so/auch/dann …" before the verb */
    final boolean verbOrAuxFirst;
    /** English "X, who leads the board, said" or "X, the port's director, said": the subject before the inserted clause */
    final Mention relativeSubject;
    /**
     * the first token of a second speech act of the same speaker after this one ({@link CoordinatedCue}), or -1; when it
     * opens inside the clause, the clause ends there ({@code ce})
     */
    final int secondAct;
    /** set by a rule that ends the search with no statement */
    boolean stop;

    VerbClause(Document doc, Sentence s, Cue c, List<Draft> out, int cs, int ce, int sentEnd, boolean verbOrAuxFirst,
            Mention relativeSubject, int secondAct) {
        this.doc = doc;
        this.s = s;
        this.c = c;
        this.out = out;
        this.cs = cs;
        this.ce = ce;
        this.v = c.token;
        this.sentEnd = sentEnd;
        this.verbOrAuxFirst = verbOrAuxFirst;
        this.relativeSubject = relativeSubject;
        this.secondAct = secondAct;
    }

    /** the clause's first token */
    Token first() {
        return doc.tokens.get(cs);
    }
}
