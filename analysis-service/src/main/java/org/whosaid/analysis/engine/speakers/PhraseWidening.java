package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import static org.whosaid.analysis.engine.speakers.Governed.governed;
import static org.whosaid.analysis.engine.speakers.MentionWords.DET_DE;
import static org.whosaid.analysis.engine.speakers.MentionWords.DE_NOT_NAME;
import static org.whosaid.analysis.engine.speakers.MentionWords.nationality;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Widens the German mentions of one sentence to the phrase a reader quotes: to the left over article, adjectives and a
 * descriptor noun ("der dänische Kapitän Jens Lundholm", "sein Anwalt"), to the right over a place or a quoted title
 * ("die Verwaltung in Kranzhafen", "die Hafenzeitung „Kajenblatt“"). The lists are changed in place.
 */
final class PhraseWidening {
    private final SpeakerLexicon lex;
    private final TokenLookups lookups;

    PhraseWidening(SpeakerLexicon lex, TokenLookups lookups) {
        this.lex = lex;
        this.lookups = lookups;
    }

    private static final Set<String> POSSESSIVE_DE = Set.of("sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre",
            "ihren", "ihrem", "ihrer", "dessen", "deren", "unser", "unsere");

    /**
     * Widens German mentions over the words a reader quotes with them: "der dänische Kapitän Jens Lundholm",
     * "die schwedische Reederei Nordvind", "der 84-jährige Ohlsen", "die Süddeutsche Zeitung", "sein Anwalt",
     * sentence-initial "Konservative Politiker". A descriptor noun is taken only right before a name; the phrase must
     * start with an article or possessive (or be an adjective opening the sentence).
     */
    void widenLeft(Document doc, Sentence s, List<Mention> ms) {
        List<Token> tk = doc.tokens;
        for (int a = 0; a < ms.size(); a++) {
            Mention m = ms.get(a);
            if (m.kind == Mention.Kind.PRONOUN || m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.GROUP) continue;
            if (DET_DE.contains(tk.get(m.token).lower()) || POSSESSIVE_DE.contains(tk.get(m.token).lower())) continue;
            int floor = a > 0 ? ms.get(a - 1).endToken : s.firstToken;
            int k = m.token;
            boolean words = false;
            // a descriptor noun before a name: "Kardinal", "Fluggesellschaft", "Nachrichtenportal"
            if ((m.kind == Mention.Kind.NAME || m.kind == Mention.Kind.INSTITUTION) && m.role == null && k - 1 >= floor) {
                Token n = tk.get(k - 1);
                boolean noun = (n.isNoun() && !n.isProperName() && !n.onlyVerb()) || (!n.known && (lookups.instSuffix(n) || lex.looksLikeGermanNoun(n.text)));
                if (n.isWord() && n.isCapitalized() && noun
                        && !DE_NOT_NAME.contains(n.text) && !m.head.endsWith("s") && doc.quoteAround(n.start) == null) {
                    k--;
                    words = true;
                }
            }
            while (k - 1 >= floor && modifier(tk.get(k - 1), k - 1 == s.firstToken)) { k--; words = true; }
            boolean det = k - 1 >= floor && (DET_DE.contains(tk.get(k - 1).lower()) || POSSESSIVE_DE.contains(tk.get(k - 1).lower()))
                    && !(k - 1 > s.firstToken && tk.get(k - 1).isAny("der", "des") && tk.get(k - 2).isCapitalized() && tk.get(k - 2).isNoun());
            int start;
            if (det && (words || POSSESSIVE_DE.contains(tk.get(k - 1).lower()))) start = k - 1;
            else if (words && k == s.firstToken && tk.get(k).isCapitalized() && tk.get(k).isAdjective()) start = k;
            else continue;
            Mention w = new Mention(m.kind, start, m.endToken, tk.get(start).start, m.end, m.sentence, m.head, m.role, m.qualifier);
            w.roleText = m.roleText;
            w.femaleRole = m.femaleRole;
            w.governed = governed(doc, s, start, m.kind, m.head);
            ms.set(a, w);
        }
    }

    /**
     * Widens a role or institution mention over a place ("die Verwaltung in Kranzhafen", "Eine Sprecherin des Rathauses in
     * Luensen") or a short quoted title ("die Hafenzeitung „Kajenblatt“").
     */
    void widenRight(Document doc, Sentence s, List<Mention> ms) {
        List<Token> tk = doc.tokens;
        for (int a = 0; a < ms.size(); a++) {
            Mention m = ms.get(a);
            if (m.kind != Mention.Kind.ROLE && m.kind != Mention.Kind.INSTITUTION) continue;
            int e = m.endToken;
            int ceiling = a + 1 < ms.size() ? ms.get(a + 1).endToken : s.endToken;
            int to = -1;
            String head = m.head;
            if (e + 1 < s.endToken && tk.get(e).isAny("in", "im")) {
                int k = e + 1;
                while (k < s.endToken && k < e + 3 && tk.get(k).isWord() && !tk.get(k).isCapitalized() && tk.get(k).isAdjective()) k++;
                Mention next = a + 1 < ms.size() ? ms.get(a + 1) : null;
                boolean place = k < s.endToken && (tk.get(k).isPlace()
                        || (next != null && next.token == k && next.endToken - next.token <= 2
                            && (next.kind == Mention.Kind.PLACE || (next.kind == Mention.Kind.NAME && next.role == null))));
                if (place) to = next != null && next.token == k ? next.endToken : k + 1;
                if (to > 0 && to < s.endToken && tk.get(to).isWord() && tk.get(to).isCapitalized()) to = -1; // "in Berlin Mitte …"
            } else if (e < s.endToken && (tk.get(e).is("„") || tk.get(e).is("\"")) && m.kind == Mention.Kind.INSTITUTION) {
                QuoteSpan q = doc.quoteAround(tk.get(e).start);
                if (q != null && q.start == tk.get(e).start && q.words <= 4) {
                    to = doc.tokenAt(q.end);
                    head = doc.slice(q.innerStart, q.innerEnd).strip(); // the title names the organisation
                }
            }
            if (to <= e || to > s.endToken || to > Math.max(ceiling, e + 1) && a + 1 < ms.size() && ms.get(a + 1).token < to && ms.get(a + 1).endToken > to) continue;
            Mention w = new Mention(m.kind, m.token, to, m.start, tk.get(to - 1).end, m.sentence, head, m.role, m.qualifier);
            w.roleText = m.roleText;
            w.femaleRole = m.femaleRole;
            w.governed = m.governed;
            // the place is part of the phrase now
            while (a + 1 < ms.size() && ms.get(a + 1).token >= m.endToken && ms.get(a + 1).endToken <= to) ms.remove(a + 1);
            ms.set(a, w);
        }
    }

    /** an adjective inside a name phrase: "italienische", "84-jährige", "US-amerikanische", "Süddeutsche", "Bremer" */
    private static boolean modifier(Token t, boolean sentenceStart) {
        if (!t.isWord() && !(Character.isDigit(t.text.charAt(0)) && t.text.contains("-"))) return false;
        if (Character.isDigit(t.text.charAt(0))) return t.text.matches("\\d+-jährige[nmrs]?");
        if (t.onlyVerb()) return false;
        String l = t.text;
        boolean adjEnding = l.endsWith("e") || l.endsWith("en") || l.endsWith("er") || l.endsWith("es") || l.endsWith("em");
        if (!t.isCapitalized()) return t.isAdjective() && adjEnding;
        if (l.indexOf('-') > 0 && nationality(l.toLowerCase(Locale.ROOT)) != null) return true;   // "US-amerikanische"
        if (sentenceStart) return t.isAdjective() && adjEnding;
        // mid-sentence a capitalised adjective belongs to a name ("Deutsche Presseagentur"), so does a place adjective ("Bremer")
        return (t.isAdjective() && adjEnding && !t.isNoun()) || (l.endsWith("er") && t.isProperName());
    }
}
