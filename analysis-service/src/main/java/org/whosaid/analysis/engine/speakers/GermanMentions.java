package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import static org.whosaid.analysis.engine.speakers.MentionWords.DET_DE;
import static org.whosaid.analysis.engine.speakers.MentionWords.DE_NOT_NAME;
import static org.whosaid.analysis.engine.speakers.MentionWords.PREP_DE;
import static org.whosaid.analysis.engine.speakers.MentionWords.isAcronym;
import static org.whosaid.analysis.engine.speakers.MentionWords.nationality;
import static org.whosaid.analysis.engine.speakers.NewMentions.add;
import static org.whosaid.analysis.engine.speakers.Organisations.companyEnd;
import static org.whosaid.analysis.engine.speakers.Organisations.orgNoun;

import java.util.List;
import java.util.Locale;

/**
 * Reads the German mention starting at one token. A noun phrase is read as
 * {@code [determiner] [Possessor-s] [adjectives] [role nouns] [Name …]}: "die Hafen-Sprecherin Petra Lindqvist" (NAME with
 * role), "Putins außenpolitischer Berater" (ROLE with possessor), "der ukrainische Staatschef" (ROLE with qualifier
 * "ukrainisch"), "der Präsident der Ukraine" (ROLE with genitive complement), "das Weiße Haus" (INSTITUTION), "die
 * Betreibergesellschaft Kranzhafen Terminal GmbH" (INSTITUTION), "Moskau" (PLACE), "er"/"sie"/"Dieser" (PRONOUN).
 * Where the name ends is {@link GermanNames}' business, what an organisation is {@link Organisations}'.
 */
final class GermanMentions {
    private final TokenLookups lookups;
    private final Organisations organisations;
    private final GermanNames names;

    GermanMentions(TokenLookups lookups, Organisations organisations, GermanNames names) {
        this.lookups = lookups;
        this.organisations = organisations;
        this.names = names;
    }

    /** What a step returns when it found no mention: the next step reads on. */
    private static final int NONE = -1;

    /** Reads the mention starting at token i into {@code out}; returns the token after it, or i + 1 when there is none. */
    int scan(Document doc, Sentence s, int i, List<Mention> out) {
        Token t = doc.tokens.get(i);
        if (!t.isWord()) return i + 1;
        int end = pronoun(doc, s, i, out);
        if (end != NONE) return end;
        end = QuotedNames.read(doc, s, i, out);
        if (end != NONE) return end;
        NounPhraseCursor p = new NounPhraseCursor(i, DET_DE.contains(t.lower()) ? i + 1 : i);
        end = company(doc, s, p, out);
        if (end != NONE) return end;
        adjectives(doc, s, p);
        nationalityQualifier(doc, p);
        roleNouns(doc, s, p);
        secondRole(doc, s, p);
        p.roleEnd = p.k;
        titles(doc, s, p);
        end = named(doc, s, p, out);
        if (end != NONE) return end;
        if (p.role != null) return roleMention(doc, s, p, out);
        end = institution(doc, s, p, out);
        if (end != NONE) return end;
        return knownSurname(doc, s, p, out);
    }

    /** A pronoun: "er", "sie", "Dieser" before a lower-case word, "ihn"/"sie" after a form of zitieren; else NONE. */
    private static int pronoun(Document doc, Sentence s, int i, List<Mention> out) {
        List<Token> tk = doc.tokens;
        Token t = tk.get(i);
        String lower = t.lower();
        // the person a medium quotes: "„…“, zitierte ihn die Zeitung" (the object of zitieren is who spoke)
        if ((lower.equals("ihn") || lower.equals("sie")) && i > s.firstToken && tk.get(i - 1).lower().startsWith("zitiert")) {
            add(doc, out, Mention.Kind.PRONOUN, i, i + 1, s, lower.equals("ihn") ? "er" : "sie", null, null);
            return i + 1;
        }
        if (SpeakerLexicon.PRONOUNS_DE.contains(lower) && !(lower.equals("sie") && i > s.firstToken && isPrepOrVerbBefore(tk.get(i - 1)))) {
            add(doc, out, Mention.Kind.PRONOUN, i, i + 1, s, t.text, null, null);
            return i + 1;
        }
        if ((SpeakerLexicon.DEMONSTRATIVES_MALE.contains(lower) || SpeakerLexicon.DEMONSTRATIVES_FEMALE.contains(lower))
                && i + 1 < s.endToken && tk.get(i + 1).isWord() && !tk.get(i + 1).isCapitalized()
                && (!tk.get(i + 1).isAdjective() || finiteVerb(tk, i + 1, s.endToken))
                && (i == s.firstToken || !isPrepOrVerbBefore(tk.get(i - 1)))) {
            add(doc, out, Mention.Kind.PRONOUN, i, i + 1, s, t.text, null, null);
            return i + 1;
        }
        return NONE;
    }

    /**
     * "Dieser bestätigte, …": a third-person finite verb form after the demonstrative makes it the subject, also when the
     * dictionary reads the same word as an inflected participle ("bestätigte", "erklärte")
     */
    private static boolean finiteVerb(List<Token> tk, int k, int end) {
        if (!DEMONSTRATIVE_VERB || !tk.get(k).tags.contains("VER:3:")) return false;
        // "Diese bestätigten Zahlen": before a noun the participle is attributive
        return k + 1 >= end || !(tk.get(k + 1).isCapitalized() && tk.get(k + 1).isNoun());
    }

    static final boolean DEMONSTRATIVE_VERB = !Boolean.getBoolean("whosaid.noDemonstrativeVerb");

    /** A company name closed by a legal form ("die Betreibergesellschaft Kranzhafen Terminal GmbH"): INSTITUTION; else NONE. */
    private static int company(Document doc, Sentence s, NounPhraseCursor p, List<Mention> out) {
        List<Token> tk = doc.tokens;
        int i = p.start, j = p.afterDet;
        int company = companyEnd(tk, s, j);
        if (company <= 0) return NONE;
        // "die Betreibergesellschaft Kranzhafen Terminal GmbH": an organisation noun before the company's name
        int h = j;
        if (company - j > 2 && (tk.get(j).known && tk.get(j).isNoun() && !tk.get(j).isProperName() || orgNoun(tk.get(j).lower()))) h++;
        add(doc, out, Mention.Kind.INSTITUTION, i, company, s, doc.slice(tk.get(h).start, tk.get(company - 1).end), null, null);
        return company;
    }

    /** Reads past adjectives ("außenpolitischer") and a place adjective before a role noun ("der Kiewer Bürgermeister"). */
    private void adjectives(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int k = p.k;
        while (k < s.endToken && adjectiveLike(tk.get(k), p.afterDet > p.start)) k++;
        // "der Kiewer Bürgermeister X", "die Kranzhafener Gewerkschafterin Y": a place adjective before a role noun
        if (k + 1 < s.endToken && placeAdjective(tk.get(k)) && tk.get(k + 1).isCapitalized() && lookups.role(tk.get(k + 1)) != null) k++;
        p.k = k;
        p.roleStart = k;
    }

    /** The qualifier from the last nationality adjective read ("der ukrainische Staatschef": "ukrainisch"). */
    private static void nationalityQualifier(Document doc, NounPhraseCursor p) {
        for (int a = p.afterDet; a < p.roleStart; a++) {
            String q = nationality(doc.tokens.get(a).lower());
            if (q != null) p.qualifier = q;
        }
    }

    /** Reads the role nouns: the last gives the role, the first hyphenated one a missing qualifier ("US-Präsident": "us"). */
    private void roleNouns(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int k = p.k;
        while (k < s.endToken && tk.get(k).isCapitalized() && tk.get(k).isWord() && lookups.role(tk.get(k)) != null
                && !DE_NOT_NAME.contains(tk.get(k).text)) {
            p.role = lookups.role(tk.get(k));
            String q = roleQualifier(tk.get(k).text);
            if (q != null && p.qualifier == null) p.qualifier = q;
            k++;
        }
        p.k = k;
    }

    /** "Der Kreistagsabgeordnete und Kreisvorsitzende Jorin Pahl": a second role joined by "und" before a name is the role. */
    private void secondRole(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int k = p.k;
        if (p.role != null && k + 2 < s.endToken && tk.get(k).is("und") && tk.get(k + 1).isCapitalized() && lookups.role(tk.get(k + 1)) != null
                && !DE_NOT_NAME.contains(tk.get(k + 1).text) && names.nameEnd(doc, s, k + 2) > k + 2) {
            p.role = lookups.role(tk.get(k + 1));
            p.k = k + 2;
        }
    }

    /** Reads past titles before a name ("Dr.", "Herr"), and a dot after the role nouns ("Prof" "."). */
    private static void titles(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int k = p.k;
        while (k < s.endToken && SpeakerLexicon.TITLES.contains(tk.get(k).text)) k++;
        if (k < s.endToken && tk.get(k).is(".") && k > p.roleEnd) k++;
        p.k = k;
    }

    /** A name next: NAME (with the role read), PLACE or INSTITUTION, or what a possessor before it owns; else NONE. */
    private int named(Document doc, Sentence s, NounPhraseCursor p, List<Mention> out) {
        List<Token> tk = doc.tokens;
        int i = p.start, j = p.afterDet;
        int nameStart = p.k;
        int nameEnd = names.nameEnd(doc, s, nameStart, p.role != null);
        if (nameEnd <= nameStart) return NONE;
        int owned = possessed(doc, s, i, nameStart, nameEnd, out);
        if (owned != NONE) return owned;
        String head = doc.slice(tk.get(nameStart).start, tk.get(nameEnd - 1).end);
        Mention.Kind kind = nameKind(tk, s, p, nameStart, nameEnd);
        int start = p.role != null || j > i ? i : nameStart;
        add(doc, out, kind, start, nameEnd, s, head, p.role, p.qualifier);
        return nameEnd;
    }

    /**
     * "Putins außenpolitischer Berater": a one-word genitive name before adjectives or a role noun is a possessor; the
     * NAME after the role it owns, or the ROLE ("Putins Berater"); else NONE.
     */
    private int possessed(Document doc, Sentence s, int i, int nameStart, int nameEnd, List<Mention> out) {
        List<Token> tk = doc.tokens;
        // "Putins außenpolitischer Berater": a genitive name before adjectives/roles is a possessor
        Token last = tk.get(nameEnd - 1);
        if (last.text.endsWith("s") && nameEnd < s.endToken && nameEnd - nameStart == 1
                && (adjectiveLike(tk.get(nameEnd), true) || (tk.get(nameEnd).isCapitalized() && lookups.role(tk.get(nameEnd)) != null))) {
            String possessor = last.text.substring(0, last.text.length() - 1);
            int r = nameEnd;
            while (r < s.endToken && adjectiveLike(tk.get(r), true)) r++;
            int rs = r;
            String prole = null;
            while (r < s.endToken && tk.get(r).isCapitalized() && lookups.role(tk.get(r)) != null) { prole = lookups.role(tk.get(r)); r++; }
            int pne = prole != null ? names.nameEnd(doc, s, r) : r;
            if (prole != null && pne > r) {
                add(doc, out, Mention.Kind.NAME, i, pne, s, doc.slice(tk.get(r).start, tk.get(pne - 1).end), prole, possessor.toLowerCase(Locale.ROOT));
                return pne;
            }
            if (prole != null && r > rs) {
                add(doc, out, Mention.Kind.ROLE, i, r, s, doc.slice(tk.get(i).start, tk.get(r - 1).end), prole, possessor);
                return r;
            }
        }
        return NONE;
    }

    /** NAME; PLACE for one place word; INSTITUTION for an acronym or, without a role, a name after an article ("die Tass"). */
    private Mention.Kind nameKind(List<Token> tk, Sentence s, NounPhraseCursor p, int nameStart, int nameEnd) {
        int i = p.start, j = p.afterDet;
        Mention.Kind kind = Mention.Kind.NAME;
        if (nameEnd - nameStart == 1 && tk.get(nameStart).isPlace()) kind = Mention.Kind.PLACE;
        // "die Tass", "der Kyiv Independent", "Nachrichtenagentur Tass": a name with an article or an
        // institution noun and no role is an organisation, not a person
        if (kind == Mention.Kind.NAME && p.role == null && (j > i || (nameStart > i && organisations.institution(tk, s, nameStart - 1) == nameStart)))
            kind = Mention.Kind.INSTITUTION;
        if (nameEnd - nameStart == 1 && isAcronym(tk.get(nameStart).text) && p.role == null) kind = Mention.Kind.INSTITUTION;
        return kind;
    }

    /** A role without a name: ROLE, with a genitive complement as its qualifier ("der Präsident der Ukraine": "@Ukraine"). */
    private int roleMention(Document doc, Sentence s, NounPhraseCursor p, List<Mention> out) {
        List<Token> tk = doc.tokens;
        int i = p.start;
        // genitive complement: "der Präsident der Ukraine", "Sprecher des Ministeriums"
        int end = p.roleEnd;
        if (end + 1 < s.endToken && tk.get(end).isAny("der", "des")) {
            int e = organisations.institution(tk, s, end + 1);
            if (e > end + 1) {
                add(doc, out, Mention.Kind.ROLE, i, e, s, doc.slice(tk.get(i).start, tk.get(e - 1).end), p.role,
                        "@" + doc.slice(tk.get(end + 1).start, tk.get(e - 1).end));
                return e;
            }
        }
        add(doc, out, Mention.Kind.ROLE, i, end, s, doc.slice(tk.get(i).start, tk.get(end - 1).end), p.role, p.qualifier);
        return end;
    }

    /** An institution ("das Weiße Haus", "der Kreml"), named by the name after it when there is one; else NONE. */
    private int institution(Document doc, Sentence s, NounPhraseCursor p, List<Mention> out) {
        List<Token> tk = doc.tokens;
        int i = p.start;
        // institutions: "das Weiße Haus", "der Kreml", "die Bundesregierung", "das Außenministerium"
        for (int a = p.afterDet; a <= p.roleStart && a < s.endToken; a++) {
            int e = organisations.institution(tk, s, a);
            if (e > a) {
                int ne = institutionName(doc, s, e);
                if (ne > e) {
                    add(doc, out, Mention.Kind.INSTITUTION, i, ne, s, doc.slice(tk.get(e).start, tk.get(ne - 1).end), null, p.qualifier);
                    return ne;
                }
                add(doc, out, Mention.Kind.INSTITUTION, i, e, s, doc.slice(tk.get(a).start, tk.get(e - 1).end), null, p.qualifier);
                return e;
            }
        }
        return NONE;
    }

    /** The end of the name after an institution noun ending at e ("die Nachrichtenagentur Tass"), or e when none follows. */
    private int institutionName(Document doc, Sentence s, int e) {
        List<Token> tk = doc.tokens;
        // "die Nachrichtenagentur Tass", "die Zeitung Nordblick": the name is the institution
        int ne = names.nameEnd(doc, s, e);
        if (ne == e) {
            // after an institution noun any unknown capitalised word is its name ("Nachrichtenagentur Nordpress")
            while (ne < s.endToken && ne - e < 3 && tk.get(ne).isWord() && tk.get(ne).isCapitalized()
                    && (!tk.get(ne).known || tk.get(ne).isProperName()) && !DE_NOT_NAME.contains(tk.get(ne).text)) ne++;
        }
        return ne;
    }

    /** "sagte Wettberg": the surname of a full name introduced earlier is a NAME, whatever the dictionary makes of it. */
    private static int knownSurname(Document doc, Sentence s, NounPhraseCursor p, List<Mention> out) {
        int i = p.start;
        Token t = doc.tokens.get(i);
        if (p.afterDet == i && t.isCapitalized() && KnownSurnames.known(doc, t.text)) {
            add(doc, out, Mention.Kind.NAME, i, i + 1, s, t.text, null, null);
            return i + 1;
        }
        return i + 1;
    }


    /** A capitalised adjective of a place ("Kiewer", "Berliner", "Kranzhafener"): ends in -er, no role noun itself. */
    private boolean placeAdjective(Token t) {
        return t.isWord() && t.isCapitalized() && t.text.length() >= 5 && t.text.endsWith("er") && lookups.role(t) == null
                && !DE_NOT_NAME.contains(t.text) && Character.isLowerCase(t.text.charAt(1));
    }

    private static boolean adjectiveLike(Token t, boolean afterDeterminer) {
        if (!t.isWord() || t.isCapitalized()) return false;
        if (!afterDeterminer && t.tags.contains("VER:")) return false;
        String l = t.text;
        if (l.endsWith("ische") || l.endsWith("ischen") || l.endsWith("ischer") || l.endsWith("isches")) return true;
        if (t.tags.contains("ADJ:") || t.tags.contains("PA1:") || t.tags.contains("PA2:")) {
            return !t.tags.contains("VER:") || l.endsWith("e") || l.endsWith("en") || l.endsWith("er");
        }
        return false;
    }

    /** "US-Präsident" → "us", "Kreml-Berater" → "kreml": the qualifier written into a hyphenated role */
    static String roleQualifier(String word) {
        int dash = word.indexOf('-');
        return dash > 0 ? word.substring(0, dash).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean isPrepOrVerbBefore(Token prev) {
        String l = prev.lower();
        return PREP_DE.contains(l) || l.equals("dass") || l.equals("ob");
    }
}
