package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;
import java.util.Set;

/**
 * The noun phrase that opens a sentence and stands, behind a comma, before the speaker's mention as the other half of
 * an apposition: the name in "Lotte Brink, Sprecherin der Fährgesellschaft, sagte …", the role in "Der Leiter des
 * Hafenamts, Anton Wirz, erklärte …". The phrase holds no verb and no punctuation and is at most {@value #MAX} tokens
 * long, so the look-back is bounded by that window.
 */
final class LeadingApposition {
    static final int MAX = 8;
    private static final Set<String> DETERMINERS = Set.of("Der", "Die", "Das", "Ein", "Eine", "Einer", "Eines");

    private LeadingApposition() {}

    /** @return the token where the apposition pair starts, or -1 when the mention has no such leading phrase */
    static int start(Document doc, Mention m) {
        List<Token> tk = doc.tokens;
        Sentence s = doc.sentences.get(m.sentence);
        int comma = doc.tokenAt(m.start) - 1;
        if (comma <= s.firstToken || !tk.get(comma).is(",")) return -1;
        int j = s.firstToken;
        while (j < comma && tk.get(j).isAny("“", "”", "\"", "»", "«")) j++;
        if (j < comma && tk.get(j).is("Wie")) j++;
        if (comma - j < 1 || comma - j > MAX) return -1;
        Token first = tk.get(j);
        boolean determiner = DETERMINERS.contains(first.text);
        if (!first.isCapitalized()) return -1;
        if (!determiner && functionWord(first)) return -1;
        boolean noun = false;
        for (int k = j; k < comma; k++) {
            Token x = tk.get(k);
            if (x.isPunct() && !x.is(".")) return -1;
            if (x.isVerb() && x.onlyVerb() && !x.isCapitalized()) return -1;
            if (!determiner && !x.isCapitalized() && !x.is(".")) return -1; // a bare name: every word capitalized
            if (x.isCapitalized() && k > j || !determiner) noun = true;
        }
        return noun ? j : -1;
    }

    /** an adverb, preposition, conjunction, pronoun or article reading ("Dennoch", "Am", "Doch", "Diese") */
    private static boolean functionWord(Token t) {
        for (String reading : t.tags.split("\\|")) {
            if (reading.startsWith("ADV:") || reading.startsWith("PRP:") || reading.startsWith("KON:")
                    || reading.startsWith("PRO:") || reading.startsWith("ART:")) return true;
        }
        return false;
    }
}
