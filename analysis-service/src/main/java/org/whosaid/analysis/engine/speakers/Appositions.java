package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import java.util.List;
import java.util.Set;

/**
 * Joins a role phrase and a name written as an apposition into one NAME mention whose {@code head} is the name:
 * <ul>
 *   <li>role first: "The mayor of the small North Sea town of Luensen, Hanna Vogt, said …", "Der Bürgermeister der
 *       kleinen Stadt Luensen, Hanna Vogt, sagte …", "Die Sprecherin des Ministeriums, Eva Brandt, sagte …";</li>
 *   <li>name first: "Eva Brandt, Sprecherin des Ministeriums, sagte …", "Eva Brandt, a spokeswoman for the ministry,
 *       said …", "…, sagte Eva Brandt, die Sprecherin des Ministeriums."</li>
 * </ul>
 * The joined mention spans the whole apposition (the gnqa annotation of a speaker); its {@link Mention#roleText} is the
 * role noun with its complement ("Sprecherin des Ministeriums"), shortened to the place when the complement names one
 * ("mayor of Luensen"). Commas inside the apposition and the one closing it are marked
 * ({@link Token#inSpeakerPhrase}) so that they do not end the speaker's clause. Coordinations ("X, Y und Z") and
 * complements with a verb or a speech cue are left alone.
 */
final class Appositions {
    private static final Set<String> COMPLEMENT_START_DE = Set.of("der", "des", "von", "vom", "für", "aus", "in", "im",
            "am", "an", "bei", "beim", "zu", "zum", "zur", "auf", "über", "gegen");
    private static final Set<String> COMPLEMENT_START_EN = Set.of("of", "for", "at", "in", "from", "with", "on", "to");
    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine", "einem",
            "eines", "einer", "einen", "the", "a", "an");
    private static final Set<String> COORDINATION = Set.of("und", "oder", "sowie", "and", "or", "nor");
    /**
     * after the closing comma these open a new clause or an object ("prognostizierte X, Chef des Verbands, einen
     * Anstieg"): the comma keeps ending the speaker's clause
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("dass", "daß", "ob", "weil", "nachdem", "als", "wenn",
            "obwohl", "während", "da", "bevor", "damit", "sodass", "indem", "falls", "die", "der", "das", "dem", "den",
            "des", "ein", "eine", "einen", "einem", "einer", "eines", "seine", "seinen", "ihre", "ihren",
            "deren", "dessen", "welche", "welcher", "wo", "was", "wie", "that", "who", "whom", "whose", "which",
            "because", "after", "before", "when", "while", "although", "if", "as", "the", "a", "an");
    /** nouns for a place: "the small North Sea town of Luensen", "der kleinen Stadt Luensen" (matched as endings in German) */
    private static final Set<String> PLACE_NOUNS_EN = Set.of("town", "city", "village", "county", "state", "province",
            "region", "district", "island", "port", "borough", "municipality", "country");
    private static final String[] PLACE_NOUNS_DE = {"stadt", "gemeinde", "dorf", "kreis", "region", "provinz", "insel",
            "bezirk", "land", "staat", "ortschaft", "kommune", "ort"};
    /** longest complement (in tokens) read after a role noun */
    private static final int MAX_COMPLEMENT = 12;

    private final SpeakerLexicon lex;

    Appositions(SpeakerLexicon lex) { this.lex = lex; }

    /** joins appositions among the mentions of one sentence (in text order; the list is changed in place) */
    void merge(Document doc, Sentence s, List<Mention> ms) {
        // first the unlisted nouns, so that "Der Doktorvater des Ministers, Peter Lund" is not read as "des Ministers, Peter Lund"
        if (doc.german()) plainNounAppositions(doc, s, ms);
        for (int a = 0; a < ms.size(); a++) {
            Mention m = ms.get(a);
            if (doc.quoteAround(m.start) != null) continue;
            if (m.kind == Mention.Kind.ROLE) roleFirst(doc, s, ms, m);
            else if (m.kind == Mention.Kind.NAME && m.roleText == null) nameFirst(doc, s, ms, m);
        }
    }

    /**
     * German appositions whose noun is not a listed role: "Der Doktorvater des Ministers, Peter Lund, sagte",
     * "sagte Peter Lund, Kapitän der Fähre." Only with a full name (two words) and a common noun the dictionary knows.
     */
    private void plainNounAppositions(Document doc, Sentence s, List<Mention> ms) {
        List<Token> tk = doc.tokens;
        for (int a = 0; a < ms.size(); a++) {
            Mention name = ms.get(a);
            if (name.kind != Mention.Kind.NAME || name.role != null || name.roleText != null || name.head.indexOf(' ') < 0
                    || doc.quoteAround(name.start) != null) continue;
            // noun phrase first: [det] [adj]* Noun complement , Name ,
            int comma = name.token - 1;
            if (comma > s.firstToken && tk.get(comma).is(",") && (a == 0 || ms.get(a - 1).endToken <= comma - 1)) {
                int floor = a > 0 ? ms.get(a - 1).endToken : s.firstToken;
                int np = nounPhraseStartBefore(doc, s, comma, floor);
                if (np >= 0 && closes(doc, s, ms, name.endToken, false)) {
                    Mention role = plainRole(doc, s, np);
                    if (role != null) { join(doc, s, ms, np, name.endToken, name, role, role.endToken, comma); continue; }
                }
            }
            // name first: Name , [det] [adj]* Noun complement (, verb | : | .)
            int c = name.endToken;
            if (c + 1 < s.endToken && tk.get(c).is(",") && (a + 1 >= ms.size() || ms.get(a + 1).token > c + 1 || ms.get(a + 1).kind == Mention.Kind.PLACE)) {
                Mention role = plainRole(doc, s, c + 1);
                if (role == null) continue;
                int end = complementEnd(doc, s, role.endToken, true);
                if (end < 0 || end - c > 10) continue;
                boolean ok = end >= s.endToken || !tk.get(end).is(",")
                        || (end + 1 < s.endToken && !tk.get(end + 1).isCapitalized() && (tk.get(end + 1).onlyVerb() || isCue(doc, end + 1)));
                if (ok && closes(doc, s, ms, end, true)) join(doc, s, ms, name.token, end, name, role, role.endToken, end);
            }
        }
    }

    /** "[det] [adj]* Noun" at k as a ROLE-like mention (the noun is the role word), or null */
    private Mention plainRole(Document doc, Sentence s, int k) {
        List<Token> tk = doc.tokens;
        int i = k;
        if (i < s.endToken && DETERMINERS.contains(tk.get(i).lower())) i++;
        while (i < s.endToken && tk.get(i).isWord() && !tk.get(i).isCapitalized() && tk.get(i).isAdjective() && !tk.get(i).onlyVerb()) i++;
        if (i >= s.endToken) return null;
        Token n = tk.get(i);
        boolean noun = (n.isNoun() && !n.isProperName() && !n.onlyVerb() && !n.isPlace())
                || (!n.known && n.text.indexOf('-') < 0 && lex.looksLikeGermanNoun(n.text)); // "Doktorvater"
        if (!n.isWord() || !n.isCapitalized() || !noun) return null;
        if (lex.institutionBySuffix(n.text) || lex.germanRole(n.text) != null) return null; // listed roles: the ROLE mention path
        return new Mention(Mention.Kind.ROLE, k, i + 1, tk.get(k).start, n.end, s.index, doc.slice(tk.get(k).start, n.end),
                n.lemma == null ? n.lower() : n.lemma.toLowerCase(java.util.Locale.ROOT), null);
    }

    /** start of "[det] [adj]* Noun [complement]" ending at the comma {@code comma}, or -1 */
    private int nounPhraseStartBefore(Document doc, Sentence s, int comma, int floor) {
        List<Token> tk = doc.tokens;
        for (int k = Math.max(floor, comma - MAX_COMPLEMENT); k < comma; k++) {
            if (!DETERMINERS.contains(tk.get(k).lower()) || !(k == s.firstToken || k == floor || tk.get(k - 1).isPunct()
                    || (k > s.firstToken && tk.get(k - 1).onlyVerb()) || (k == s.firstToken + 1 && tk.get(k - 1).isCapitalized()))) continue;
            Mention r = plainRole(doc, s, k);
            if (r == null) continue;
            int e = complementEnd(doc, s, r.endToken, false);
            if (e == comma) return k;
        }
        return -1;
    }

    /** "Der Bürgermeister der kleinen Stadt Luensen, Hanna Vogt, sagte" */
    private void roleFirst(Document doc, Sentence s, List<Mention> ms, Mention role) {
        List<Token> tk = doc.tokens;
        int comma = complementEnd(doc, s, role.endToken, false);
        if (comma < 0 || comma >= s.endToken || !tk.get(comma).is(",")) return;
        Mention name = startingAt(ms, comma + 1);
        if (name == null || name.kind != Mention.Kind.NAME || doc.quoteAround(name.start) != null) return;
        if (!closes(doc, s, ms, name.endToken, false)) return;
        int start = role.token;
        if (!doc.german() && start - 1 > s.firstToken && (tk.get(start - 1).text.endsWith("'s") || tk.get(start - 1).text.endsWith("’s"))) {
            // "The port authority's director, Eva Brandt": back to the article of the possessor
            int k = start - 1;
            int floor = Math.max(s.firstToken, start - 6);
            while (k > floor && tk.get(k).isWord() && !DETERMINERS.contains(tk.get(k).lower())) k--;
            if (k >= s.firstToken && DETERMINERS.contains(tk.get(k).lower())) {
                for (Mention o : ms) if (o != role && o.token < start && o.endToken > k && o.token < k) return;
                start = k;
            }
        }
        join(doc, s, ms, start, name.endToken, name, role, role.endToken, comma, start);
    }

    /** "Eva Brandt, Sprecherin des Ministeriums, sagte" / "Eva Brandt, a spokeswoman for the ministry, said" */
    private void nameFirst(Document doc, Sentence s, List<Mention> ms, Mention name) {
        List<Token> tk = doc.tokens;
        int c = name.endToken;
        if (c + 1 >= s.endToken || !tk.get(c).is(",")) return;
        Mention role = null;
        for (Mention o : ms) {
            if (o.token > c + 3) break;
            if (o.token > c && o.kind == Mention.Kind.ROLE) { role = o; break; }
            if (o.token > c) return; // a name or an institution first: a list, not an apposition
        }
        if (role == null) return;
        // only determiners, possessives and lower-case modifiers between the comma and the role: "the ministry's spokeswoman"
        for (int k = c + 1; k < role.token; k++) {
            Token t = tk.get(k);
            if (!(t.isWord() && (!t.isCapitalized() || DETERMINERS.contains(t.lower()))) && !t.isAny("'s", "’s")) return;
        }
        int end = complementEnd(doc, s, role.endToken, true);
        if (end < 0) return;
        if (!closes(doc, s, ms, end, true)) return;
        join(doc, s, ms, name.token, end, name, role, role.endToken, end, c + 1);
    }

    /**
     * end of the complement of a role noun starting at {@code from}: the token index of the comma after it (or, with
     * {@code atEnd}, of the sentence's final mark / the sentence end), -1 when what follows is not a complement
     */
    private int complementEnd(Document doc, Sentence s, int from, boolean atEnd) {
        List<Token> tk = doc.tokens;
        boolean de = doc.german();
        int open = 0;
        for (int k = from; k < s.endToken && k <= from + MAX_COMPLEMENT; k++) {
            Token t = tk.get(k);
            if (t.is(",") && open == 0) return k;
            if (atEnd && open == 0 && ((t.isAny(".", "!", "?", ";") && k == s.endToken - 1) || t.is(":"))) return k;
            if (k == from) {
                // a complement starts with a preposition, a genitive article or a genitive name ("Indonesiens")
                boolean ok = (de ? COMPLEMENT_START_DE : COMPLEMENT_START_EN).contains(t.lower())
                        || (de && t.isCapitalized() && t.text.endsWith("s") && t.isWord());
                if (!ok) return -1;
            }
            if (t.is("(")) { open++; continue; }
            if (t.is(")")) { if (--open < 0) return -1; continue; }
            QuoteSpan q = doc.quoteAround(t.start);
            if (q != null && q.words > 6) return -1;
            if (t.isPunct() && !t.isAny("-", "(", ")", "„", "“", "”", "\"", "«", "»", "'s", "’s", "&", ".")) return -1;
            if (t.is(".") && !(k > from && tk.get(k - 1).text.length() == 1)) return -1; // only an initial "A."
            if (de && t.onlyVerb() && !t.isCapitalized()) return -1;
            if (isCue(doc, k)) return -1;
        }
        if (atEnd && open == 0) {
            int last = Math.min(s.endToken, from + MAX_COMPLEMENT + 1);
            if (last == s.endToken) return s.endToken;
        }
        return -1;
    }

    /** what follows the apposition ends it: punctuation, a verb, the sentence end; not a coordination or another name */
    private boolean closes(Document doc, Sentence s, List<Mention> ms, int e, boolean nameFirst) {
        List<Token> tk = doc.tokens;
        if (e >= s.endToken) return true;
        Token t = tk.get(e);
        if (COORDINATION.contains(t.lower())) return false;
        if (t.is(",")) {
            if (e + 1 >= s.endToken) return true;
            Token n = tk.get(e + 1);
            if (COORDINATION.contains(n.lower())) return false;
            Mention next = startingAt(ms, e + 1);
            // "Eva Brandt, Sprecherin, Peter Lund, Sprecher" / "Der Bürgermeister, Hanna Vogt, Peter Lund …": a list
            return next == null || next.kind == Mention.Kind.PRONOUN || (next.kind != Mention.Kind.NAME && next.kind != Mention.Kind.ROLE && !nameFirst);
        }
        if (t.isPunct()) return true;
        return !t.isCapitalized() || isCue(doc, e);
    }

    private static boolean isCue(Document doc, int k) {
        for (Cue c : doc.cues) {
            if (c.token <= k && k < c.endToken) return true;
            if (c.token > k) break;
        }
        return false;
    }

    private static Mention startingAt(List<Mention> ms, int tok) {
        for (Mention m : ms) if (m.token == tok) return m;
        return null;
    }

    /** replaces the mentions within [from, to) by one NAME mention headed by {@code name} */
    private void join(Document doc, Sentence s, List<Mention> ms, int from, int to, Mention name, Mention role,
                      int compFrom, int compTo) {
        join(doc, s, ms, from, to, name, role, compFrom, compTo, role.token);
    }

    /** {@code roleFrom}: first token of the role phrase ("the ministry's spokeswoman") */
    private void join(Document doc, Sentence s, List<Mention> ms, int from, int to, Mention name, Mention role,
                      int compFrom, int compTo, int roleFrom) {
        List<Token> tk = doc.tokens;
        Mention j = new Mention(Mention.Kind.NAME, from, to, tk.get(from).start, tk.get(to - 1).end, s.index, name.head,
                name.role != null ? name.role : role.role, name.role != null ? name.qualifier : role.qualifier);
        j.roleText = roleText(doc, role, Math.min(roleFrom, role.token), compFrom, compTo);
        j.femaleRole = female(doc, role);
        j.governed = Governed.governed(doc, s, from, Mention.Kind.NAME, name.head);
        int at = -1;
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention m = ms.get(i);
            if (m.token >= from && m.endToken <= to) { ms.remove(i); at = i; }
        }
        ms.add(at < 0 ? 0 : at, j);
        for (int k = from; k < to; k++) if (tk.get(k).is(",")) tk.get(k).inSpeakerPhrase = true;
        if (to + 1 < s.endToken && tk.get(to).is(",") && !CLAUSE_OPENERS.contains(tk.get(to + 1).lower()))
            tk.get(to).inSpeakerPhrase = true;
    }

    /** role noun phrase (without its article) and complement; "… town of Luensen" → "mayor of Luensen" */
    private String roleText(Document doc, Mention role, int roleFrom, int compFrom, int compTo) {
        List<Token> tk = doc.tokens;
        int rs = roleFrom;
        while (rs < role.endToken - 1 && DETERMINERS.contains(tk.get(rs).lower())) rs++;
        String roleWords = doc.slice(tk.get(rs).start, tk.get(role.endToken - 1).end);
        if (compTo <= compFrom) return roleWords;
        // the complement ends in a place name after a place noun: keep only the place
        int last = compTo - 1;
        Token place = tk.get(last);
        if (place.isWord() && place.isCapitalized() && last - 1 >= compFrom) {
            int before = last - 1;
            if (!doc.german() && tk.get(before).is("of") && before - 1 >= compFrom) before--;
            if (placeNoun(doc, tk.get(before))) {
                return roleWords + (doc.german() ? " von " : " of ") + place.text;
            }
        }
        int e = compTo;
        while (e > compFrom && tk.get(e - 1).isPunct() && !tk.get(e - 1).is(")")) e--;
        if (e <= compFrom) return roleWords;
        return roleWords + " " + doc.slice(tk.get(compFrom).start, tk.get(e - 1).end);
    }

    private static boolean placeNoun(Document doc, Token t) {
        String l = t.lower();
        if (!doc.german()) return PLACE_NOUNS_EN.contains(l);
        if (!t.isCapitalized()) return false;
        for (String p : PLACE_NOUNS_DE) if (l.endsWith(p) || l.endsWith(p + "es") || l.endsWith(p + "s")) return true;
        return false;
    }

    private boolean female(Document doc, Mention role) {
        for (int k = role.endToken - 1; k >= role.token; k--) {
            Token t = doc.tokens.get(k);
            if (!t.isWord()) continue;
            if (doc.german()) {
                if (t.isCapitalized() && lex.germanRole(t.text) != null) return lex.femaleRole(t.text);
            } else {
                String l = t.lower();
                if (lex.englishRole(l) != null) return l.endsWith("woman") || l.equals("queen");
            }
        }
        return false;
    }
}
