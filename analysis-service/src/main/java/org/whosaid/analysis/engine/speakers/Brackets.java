package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import static org.whosaid.analysis.engine.speakers.Governed.governed;

import java.util.List;

/**
 * Brackets that belong to a mention: a party or acronym after it ("Kristina Lund (SPD)"), or the acronym that names
 * an unlisted organisation's phrase ("Die Interessengemeinschaft der Hafenanleger (IdH)"). Marks the brackets as part
 * of the speaker phrase ({@link Token#inSpeakerPhrase}).
 */
final class Brackets {
    private Brackets() {}

    /**
     * A short bracket after a mention belongs to it: "Kristina Lund (SPD)", "die Hafenbehörde Kranzhafen (HBK)". A
     * bracketed acronym after an unlisted organisation's noun phrase makes the whole phrase the mention: "Die
     * Interessengemeinschaft der Hafenanleger (IdH)" (head "IdH"). The brackets then do not end the clause.
     */
    static void attach(Document doc, Sentence s, List<Mention> ms) {
        List<Token> tk = doc.tokens;
        for (int a = 0; a < ms.size(); a++) {
            Mention m = ms.get(a);
            if (m.kind == Mention.Kind.PRONOUN || m.kind == Mention.Kind.GROUP) continue;
            int open = m.endToken;
            // "Eine Sprecherin der Hafenbehörde Kranzhafen (HBK)": a short attribute before the bracket
            if (open < s.endToken && tk.get(open).isAny("für", "der", "des", "zur", "zum") && (a + 1 >= ms.size() || ms.get(a + 1).token > open + 1)) {
                int k = open + 1;
                while (k < s.endToken && k <= open + 3 && tk.get(k).isWord() && (tk.get(k).isCapitalized() || tk.get(k).isAdjective())) k++;
                if (k > open + 1 && k < s.endToken && tk.get(k).is("(") && tk.get(k - 1).isCapitalized()) open = k;
            }
            boolean inside = false;
            if (m.token > s.firstToken && tk.get(m.token - 1).is("(") && m.endToken < s.endToken && tk.get(m.endToken).is(")")
                    && m.endToken - m.token == 1 && m.head.chars().filter(Character::isUpperCase).count() >= 2) {
                open = m.token - 1;
                inside = true;
            }
            if (open >= s.endToken || !tk.get(open).is("(")) continue;
            int close = -1;
            for (int k = open + 1; k < s.endToken && k <= open + 4; k++) {
                Token t = tk.get(k);
                if (t.is(")")) { close = k; break; }
                if (!(t.isCapitalized() || Character.isDigit(t.text.charAt(0)) || t.isAny("-", "/", "."))) break;
                if (t.onlyVerb() && !t.isCapitalized()) break;
            }
            if (close < 0 || close == open + 1) continue;
            int start = m.token;
            String head = m.head;
            Mention.Kind kind = m.kind;
            if (inside) {
                start = Organisations.organisationStart(doc, s, open, a > 0 ? ms.get(a - 1).endToken : s.firstToken);
                if (start < 0) continue;
                kind = Mention.Kind.INSTITUTION;
            }
            Mention w = new Mention(kind, start, close + 1, tk.get(start).start, tk.get(close).end, m.sentence, head, m.role, m.qualifier);
            w.roleText = m.roleText;
            w.femaleRole = m.femaleRole;
            w.governed = inside ? governed(doc, s, start, kind, head) : m.governed;
            if (inside) {
                // the organisation's phrase replaces the mentions inside it
                int first = a;
                while (first > 0 && ms.get(first - 1).token >= start) first--;
                for (int r = a; r >= first; r--) ms.remove(r);
                ms.add(first, w);
                a = first;
            } else {
                ms.set(a, w);
            }
            tk.get(open).inSpeakerPhrase = true;
            tk.get(close).inSpeakerPhrase = true;
        }
    }
}
