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

    int scan(Document doc, Sentence s, int i, List<Mention> out) {
        List<Token> tk = doc.tokens;
        Token t = tk.get(i);
        if (!t.isWord()) return i + 1;
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
                && i + 1 < s.endToken && tk.get(i + 1).isWord() && !tk.get(i + 1).isCapitalized() && !tk.get(i + 1).isAdjective()
                && (i == s.firstToken || !isPrepOrVerbBefore(tk.get(i - 1)))) {
            add(doc, out, Mention.Kind.PRONOUN, i, i + 1, s, t.text, null, null);
            return i + 1;
        }
        int j = i;
        if (DET_DE.contains(lower)) j++;
        int company = companyEnd(tk, s, j);
        if (company > 0) {
            // "die Betreibergesellschaft Kranzhafen Terminal GmbH": an organisation noun before the company's name
            int h = j;
            if (company - j > 2 && (tk.get(j).known && tk.get(j).isNoun() && !tk.get(j).isProperName() || orgNoun(tk.get(j).lower()))) h++;
            add(doc, out, Mention.Kind.INSTITUTION, i, company, s, doc.slice(tk.get(h).start, tk.get(company - 1).end), null, null);
            return company;
        }
        // possessor: "Putins außenpolitischer Berater"
        String possessor = null;
        int k = j;
        while (k < s.endToken && adjectiveLike(tk.get(k), j > i)) k++;
        // "der Kiewer Bürgermeister X", "die Kranzhafener Gewerkschafterin Y": a place adjective before a role noun
        if (k + 1 < s.endToken && placeAdjective(tk.get(k)) && tk.get(k + 1).isCapitalized() && lookups.role(tk.get(k + 1)) != null) k++;
        int roleStart = k;
        String role = null;
        String qualifier = null;
        for (int a = j; a < roleStart; a++) {
            String q = nationality(tk.get(a).lower());
            if (q != null) qualifier = q;
        }
        while (k < s.endToken && tk.get(k).isCapitalized() && tk.get(k).isWord() && lookups.role(tk.get(k)) != null
                && !DE_NOT_NAME.contains(tk.get(k).text)) {
            role = lookups.role(tk.get(k));
            String q = roleQualifier(tk.get(k).text);
            if (q != null && qualifier == null) qualifier = q;
            k++;
        }
        // "Der Kreistagsabgeordnete und Kreisvorsitzende Jorin Pahl": two roles joined by "und" before a name
        if (role != null && k + 2 < s.endToken && tk.get(k).is("und") && tk.get(k + 1).isCapitalized() && lookups.role(tk.get(k + 1)) != null
                && !DE_NOT_NAME.contains(tk.get(k + 1).text) && names.nameEnd(doc, s, k + 2) > k + 2) {
            role = lookups.role(tk.get(k + 1));
            k += 2;
        }
        int roleEnd = k;
        // titles before a name
        while (k < s.endToken && SpeakerLexicon.TITLES.contains(tk.get(k).text)) k++;
        if (k < s.endToken && tk.get(k).is(".") && k > roleEnd) k++;
        int nameStart = k;
        int nameEnd = names.nameEnd(doc, s, k, role != null);
        if (nameEnd > nameStart) {
            // "Putins außenpolitischer Berater": a genitive name before adjectives/roles is a possessor
            Token last = tk.get(nameEnd - 1);
            if (last.text.endsWith("s") && nameEnd < s.endToken && nameEnd - nameStart == 1
                    && (adjectiveLike(tk.get(nameEnd), true) || (tk.get(nameEnd).isCapitalized() && lookups.role(tk.get(nameEnd)) != null))) {
                possessor = last.text.substring(0, last.text.length() - 1);
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
            String head = doc.slice(tk.get(nameStart).start, tk.get(nameEnd - 1).end);
            Mention.Kind kind = Mention.Kind.NAME;
            if (nameEnd - nameStart == 1 && tk.get(nameStart).isPlace()) kind = Mention.Kind.PLACE;
            // "die Tass", "der Kyiv Independent", "Nachrichtenagentur Tass": a name with an article or an
            // institution noun and no role is an organisation, not a person
            if (kind == Mention.Kind.NAME && role == null && (j > i || (nameStart > i && organisations.institution(tk, s, nameStart - 1) == nameStart)))
                kind = Mention.Kind.INSTITUTION;
            if (nameEnd - nameStart == 1 && isAcronym(tk.get(nameStart).text) && role == null) kind = Mention.Kind.INSTITUTION;
            int start = role != null || j > i ? i : nameStart;
            add(doc, out, kind, start, nameEnd, s, head, role, qualifier);
            return nameEnd;
        }
        if (role != null) {
            // genitive complement: "der Präsident der Ukraine", "Sprecher des Ministeriums"
            int end = roleEnd;
            if (end + 1 < s.endToken && tk.get(end).isAny("der", "des")) {
                int e = organisations.institution(tk, s, end + 1);
                if (e > end + 1) {
                    add(doc, out, Mention.Kind.ROLE, i, e, s, doc.slice(tk.get(i).start, tk.get(e - 1).end), role,
                            "@" + doc.slice(tk.get(end + 1).start, tk.get(e - 1).end));
                    return e;
                }
            }
            add(doc, out, Mention.Kind.ROLE, i, end, s, doc.slice(tk.get(i).start, tk.get(end - 1).end), role, qualifier);
            return end;
        }
        // institutions: "das Weiße Haus", "der Kreml", "die Bundesregierung", "das Außenministerium"
        for (int a = j; a <= roleStart && a < s.endToken; a++) {
            int e = organisations.institution(tk, s, a);
            if (e > a) {
                // "die Nachrichtenagentur Tass", "die Zeitung Nordblick": the name is the institution
                int ne = names.nameEnd(doc, s, e);
                if (ne == e) {
                    // after an institution noun any unknown capitalised word is its name ("Nachrichtenagentur Nordpress")
                    while (ne < s.endToken && ne - e < 3 && tk.get(ne).isWord() && tk.get(ne).isCapitalized()
                            && (!tk.get(ne).known || tk.get(ne).isProperName()) && !DE_NOT_NAME.contains(tk.get(ne).text)) ne++;
                }
                if (ne > e) {
                    add(doc, out, Mention.Kind.INSTITUTION, i, ne, s, doc.slice(tk.get(e).start, tk.get(ne - 1).end), null, qualifier);
                    return ne;
                }
                add(doc, out, Mention.Kind.INSTITUTION, i, e, s, doc.slice(tk.get(a).start, tk.get(e - 1).end), null, qualifier);
                return e;
            }
        }
        // "sagte Wettberg": the surname of a full name introduced earlier, whatever the dictionary makes of it
        if (j == i && t.isCapitalized() && KnownSurnames.known(doc, t.text)) {
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
