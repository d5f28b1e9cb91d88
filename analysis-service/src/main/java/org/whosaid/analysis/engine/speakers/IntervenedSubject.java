package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Entity;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.Sorted;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;

import java.util.List;

/**
 * A pronoun after a newly introduced person: "Jonas Wettberg, who leads the union, was unmoved. „…“, he said." The
 * subject of a sentence between the last statement and the pronoun (at most {@link #WINDOW} sentences back) is a
 * nearer antecedent than that statement's speaker, when gender agrees. Looks only at those sentences' mentions.
 */
final class IntervenedSubject {
    static final int WINDOW = 2;

    private IntervenedSubject() {}

    /** the first subject person of the nearest sentence after the last statement and before the pronoun, or null */
    static Entity find(Document doc, Mention pronoun, List<Draft> earlier, java.util.function.Predicate<Entity> genderOk) {
        int lastStatement = -1;
        if (!earlier.isEmpty()) lastStatement = earlier.get(earlier.size() - 1).sentence;
        int from = Math.max(lastStatement + 1, pronoun.sentence - WINDOW);
        if (from >= pronoun.sentence) return null;
        List<Mention> ms = doc.mentions;
        int lo = Sorted.firstAtOrAfter(ms, x -> x.sentence, from);
        Entity best = null;
        int bestSentence = -1;
        for (int i = lo; i < ms.size() && ms.get(i).sentence < pronoun.sentence; i++) {
            Mention o = ms.get(i);
            if (o.sentence == bestSentence) continue; // the first subject of a sentence only
            if (o.governed || o.entity == null || !o.entity.kind.equals("PERSON") || o.kind == Mention.Kind.PRONOUN) continue;
            if (o.kind != Mention.Kind.NAME && o.kind != Mention.Kind.ROLE) continue;
            if (doc.quoteAround(o.start) != null || !genderOk.test(o.entity)) continue;
            if (!firstInSentence(doc, o)) continue;
            best = o.entity;
            bestSentence = o.sentence;
        }
        return best;
    }

    /** the mention opens its sentence (a subject), allowing a leading quote mark or article */
    private static boolean firstInSentence(Document doc, Mention o) {
        var s = doc.sentences.get(o.sentence);
        return o.token == s.firstToken || o.token == s.firstToken + 1 && doc.tokens.get(s.firstToken).isPunct();
    }
}
