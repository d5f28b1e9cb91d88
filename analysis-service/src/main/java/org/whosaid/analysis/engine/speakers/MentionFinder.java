package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.lang.Morphology;
import org.whosaid.analysis.engine.lang.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the speaker mentions of a text, sentence by sentence: after a dateline ({@link Datelines}) the scanner of the
 * text's language reads a mention at each token ({@link GermanMentions}: "die Hafen-Sprecherin Petra Lindqvist", "der
 * ukrainische Staatschef", "das Weiße Haus", "er"; {@link EnglishMentions}: "Russian President Vladimir Putin", "the
 * Russians"); then appositions are joined ({@link Appositions}: "Eva Brandt, Sprecherin des Ministeriums,"), German
 * mentions widened to the quoted phrase on the left ({@link PhraseWidening}: "der dänische Kapitän Jens Lundholm"),
 * brackets attached ({@link Brackets}: "Kristina Lund (SPD)") and German mentions widened on the right ("die
 * Verwaltung in Kranzhafen").
 */
public final class MentionFinder {
    private final Appositions appositions;
    private final PhraseWidening widening;
    private final GermanMentions german;
    private final EnglishMentions english;

    public MentionFinder(SpeakerLexicon lex, Morphology morphology) {
        TokenLookups lookups = new TokenLookups(lex);
        this.appositions = new Appositions(lex);
        this.widening = new PhraseWidening(lex, lookups);
        this.german = new GermanMentions(lookups, new Organisations(lex, lookups), new GermanNames(lex, morphology, lookups));
        this.english = new EnglishMentions(lex);
    }

    public List<Mention> find(Document doc) {
        List<Mention> out = new ArrayList<>();
        boolean de = doc.german();
        for (Sentence s : doc.sentences) {
            if (!s.body) continue;
            int first = out.size();
            int i = s.firstToken;
            int dateline = Datelines.end(doc.tokens, s, i);
            if (dateline > 0) i = dateline;
            while (i < s.endToken) {
                int next = de ? german.scan(doc, s, i, out) : english.scan(doc, s, i, out);
                i = Math.max(next, i + 1);
            }
            if (out.size() - first >= 2) appositions.merge(doc, s, out.subList(first, out.size()));
            if (de) widening.widenLeft(doc, s, out.subList(first, out.size()));
            if (out.size() > first) Brackets.attach(doc, s, out.subList(first, out.size()));
            if (de && out.size() > first) widening.widenRight(doc, s, out.subList(first, out.size()));
        }
        return out;
    }
}
