package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.lang.Morphology;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.registry.Names;

import static org.whosaid.analysis.engine.speakers.MentionWords.DE_NOT_NAME;

import java.util.List;

/**
 * Where a German name ends. A word is part of a name when the dictionary tags it as a proper name, or when it is
 * unknown to the dictionary and does not look like a common noun ("Lindqvist", not "Sicherheitsgarantien"); after a
 * first name any capitalised word continues the name ("Petra Jung"), and so does a particle before a name word ("Jan
 * van Dijk"). A common noun after first name and surname starts the object ("Marco Rubio Änderungen");
 * two unknown words in a row are a foreign name ("Sjúrður Hansvik"); right after a role an unknown word is a surname
 * ("Kultusministerin Wetterhahn").
 */
final class GermanNames {
    private final SpeakerLexicon lex;
    private final Morphology morphology;
    private final TokenLookups lookups;

    GermanNames(SpeakerLexicon lex, Morphology morphology, TokenLookups lookups) {
        this.lex = lex;
        this.morphology = morphology;
        this.lookups = lookups;
    }

    int nameEnd(Document doc, Sentence s, int k) { return nameEnd(doc, s, k, false); }

    /**
     * end of a name starting at k (exclusive), k when no name starts there; {@code afterRole}: right after a role noun an
     * unknown word that splits like a compound is still a surname ("Kultusministerin Wetterhahn")
     */
    int nameEnd(Document doc, Sentence s, int k, boolean afterRole) {
        List<Token> tk = doc.tokens;
        int e = k;
        boolean firstName = false;
        while (e < s.endToken && e - k < 4) {
            Token t = tk.get(e);
            if (!t.isWord() || !t.isCapitalized()) {
                if (e > k && t.isAny("von", "van", "de", "der", "bin", "al", "da", "di", "zu", "ten", "le")
                        && e + 1 < s.endToken && tk.get(e + 1).isCapitalized() && nameWord(doc, tk.get(e + 1), true)
                        && !tk.get(e + 1).tags.contains("ADJ:")
                        && !t.is("der")) { e++; continue; }
                break;
            }
            // "Steven Witkoff": a first name the dictionary knows as a common noun ("Steven", a ship's stem) before a name word
            boolean knownFirst = e == k && !firstName && Names.knownFirstName(t.text) && e + 1 < s.endToken
                    && tk.get(e + 1).isWord() && tk.get(e + 1).isCapitalized() && nameWord(doc, tk.get(e + 1), true);
            // "Marco Rubio Änderungen des Plans": after first name and surname, a common noun starts the object
            if (firstName && e - k >= 2 && !tk.get(e - 1).tags.contains(":VOR") && t.known && t.isNoun()
                    && !t.tags.contains("EIG:")) break;
            if (!knownFirst && !nameWord(doc, t, firstName) && !(afterRole && e == k && surnameAfterRole(doc, s, t, e))
                    && !(e > k && foreignName(tk.get(e - 1)) && foreignName(t) && t.text.indexOf('-') < 0)) break;
            if (t.tags.contains(":VOR") || knownFirst) firstName = true;
            e++;
            if (e < s.endToken && tk.get(e).is("-") ) break;
        }
        // a lone first word that is only a first name followed by nothing is still a name ("Donald")
        return e;
    }

    /** a word the dictionary does not know at all ("Sjúrður", "Hansvik"): two in a row are a foreign name */
    private static boolean foreignName(Token t) {
        return t.isWord() && t.isCapitalized() && !t.known && !t.isProperName() && !DE_NOT_NAME.contains(t.text)
                && t.text.chars().noneMatch(Character::isDigit);
    }

    /** "Kultusministerin Wetterhahn erklärte": an unknown capitalised word after a role noun, before a verb or punctuation */
    private boolean surnameAfterRole(Document doc, Sentence s, Token t, int e) {
        if (t.known || DE_NOT_NAME.contains(t.text) || t.text.length() < 3 || lookups.role(t) != null || lookups.instSuffix(t)) return false;
        if (t.text.indexOf('-') >= 0 || t.text.chars().anyMatch(Character::isDigit)) return false;
        if (e + 1 >= s.endToken) return true;
        Token n = doc.tokens.get(e + 1);
        return n.isPunct() || !n.isCapitalized();
    }

    private boolean nameWord(Document doc, Token t, boolean afterFirstName) {
        if (DE_NOT_NAME.contains(t.text) || t.text.length() < 2) return false;
        if (doc.quoteAround(t.start) != null && doc.quoteAround(t.start).words > 6) {
            // names inside long quotes are fine, but they are not speakers; keep them as mentions anyway
        }
        if (t.tags.contains("EIG:")) return true;
        int dash = t.text.lastIndexOf('-');
        if (dash > 0 && dash < t.text.length() - 1 && morphology.isKnownNoun(t.text.substring(dash + 1))) return false;
        // after a first name a capitalised word continues the name, also one the dictionary knows as an adjective ("Jung")
        if (afterFirstName) return lookups.role(t) == null && !lookups.instSuffix(t);
        if (t.known) return false;
        if (t.text.chars().anyMatch(Character::isDigit)) return false;
        if (lookups.role(t) != null) return false;
        if (lookups.instSuffix(t)) return false;
        return !lex.looksLikeGermanNoun(t.text);
    }
}
