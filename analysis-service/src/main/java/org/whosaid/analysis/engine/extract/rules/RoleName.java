package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;

/**
 * A name right after a role or organisation noun, without a comma, belongs to the speaker phrase: "der Direktor Ole
 * Brandt", "die Presseagentur NPA", "dem Sender al-Hafen", "die Gewerkschaft ver.kai". The name is a person's name
 * mention with no role of its own, an acronym in capitals, or a word in lower case with a capitalised part. After an
 * organisation (not a role) a person's name could be an object ("warf die Opposition Brandt vor"), so there the name
 * must be an acronym or a lower-case name. Looks at the one mention or token after the phrase.
 */
final class RoleName {
    static final boolean ON = !Boolean.getBoolean("whosaid.noRoleName");

    private RoleName() {}

    /** the end of the name after {@code m}, or {@code m.endToken} */
    static int end(Document doc, Sentence s, Mention m) {
        int e = m.endToken;
        if (!ON || !doc.german() || e >= s.endToken) return e;
        boolean role = m.kind == Mention.Kind.ROLE;
        if (!role && m.kind != Mention.Kind.INSTITUTION && m.kind != Mention.Kind.GROUP) return e;
        List<Token> tk = doc.tokens;
        Token t = tk.get(e);
        if (doc.quoteAround(t.start) != null) return e;
        int to = e;
        if (acronym(t) || SubjectPhrase.lowerHead(t) || t.text.startsWith("ver.")) to = e + 1;
        else if (role) {
            for (Mention x : SentenceMentions.starting(doc, e, e + 1)) {
                if (x.kind == Mention.Kind.NAME && x.role == null && x.sentence == m.sentence) to = x.endToken;
            }
        }
        if (to == e) return e;
        // the phrase ends after the name: at punctuation, a lower-case word or the sentence end
        if (to < s.endToken && tk.get(to).isWord() && tk.get(to).isCapitalized()) return e;
        return to;
    }

    /** "NPA", "KAI": two to six capitals, not a word the dictionary knows */
    private static boolean acronym(Token t) {
        String x = t.text;
        if (x.length() < 2 || x.length() > 6 || t.known) return false;
        for (int i = 0; i < x.length(); i++) if (!Character.isUpperCase(x.charAt(i))) return false;
        return true;
    }
}
