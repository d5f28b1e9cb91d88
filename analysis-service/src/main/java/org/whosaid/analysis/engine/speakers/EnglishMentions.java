package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import static org.whosaid.analysis.engine.speakers.MentionWords.DET_EN;
import static org.whosaid.analysis.engine.speakers.MentionWords.isAcronym;
import static org.whosaid.analysis.engine.speakers.NewMentions.add;
import static org.whosaid.analysis.engine.speakers.Organisations.LEGAL_FORMS;

import java.util.List;
import java.util.Set;

/**
 * Reads the English mention starting at one token, by capitalisation and the English role list: "he"/"she" (PRONOUN),
 * "the Russians" (GROUP), "Russian President Vladimir Putin" (NAME with role and qualifier "Russian"), "U.S. officials"
 * (ROLE with qualifier "U.S."), "Kranzhafen's deputy mayor Ilse Brandtner" (NAME, possessor as qualifier), "Lowmoor
 * Harbour Authority" before "spokeswoman" or "Baltic Freight Ltd" (INSTITUTION), "Moscow" (PLACE).
 */
final class EnglishMentions {
    private final SpeakerLexicon lex;
    /** last words of English organisation names ("… Port Authority", "… Terminal", "… Group") */
    private static final Set<String> EN_ORG_WORDS = Set.of("Terminal", "Terminals", "Company", "Group", "Ministry", "Office",
            "Council", "Authority", "Port", "Bank", "Corporation", "Corp", "Inc", "Ltd", "GmbH", "AG", "Association", "Union",
            "Agency", "Department", "Committee", "Party", "Airport", "Police", "Service", "Services", "University",
            "Institute", "Foundation", "Board", "Commission", "Federation", "Airlines", "Railways", "Club", "Court");
    private static final Set<String> EN_STOP = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
            "In", "On", "At", "But", "And", "Or", "If", "When", "While", "After", "Before", "This", "That", "These",
            "Those", "His", "Her", "Their", "Our", "My", "There", "Here", "What", "Who", "Why", "How", "As", "For",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Mr", "Mrs", "Ms", "Dr", "Asked", "According", "Speaking", "So", "Not", "No", "Yes", "Still", "Also",
            "Last", "Next", "Earlier", "Later", "Meanwhile", "However",
            // time zones are no names ("at 10 a.m. GMT said" never makes GMT a speaker)
            "GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET", "CEST");

    EnglishMentions(SpeakerLexicon lex) { this.lex = lex; }

    /** What a step returns when it found no mention: the next step reads on. */
    private static final int NONE = -1;

    /** Reads the mention starting at token i into {@code out}; returns the token after it, or i + 1 when there is none. */
    int scan(Document doc, Sentence s, int i, List<Mention> out) {
        Token t = doc.tokens.get(i);
        if (!t.isWord()) return i + 1;
        String lower = t.lower();
        if (SpeakerLexicon.PRONOUNS_EN.contains(lower)) {
            add(doc, out, Mention.Kind.PRONOUN, i, i + 1, s, t.text, null, null);
            return i + 1;
        }
        // possessor "the company's spokeswoman" / "Russia's foreign minister"
        NounPhraseCursor p = new NounPhraseCursor(i, DET_EN.contains(lower) ? i + 1 : i);
        int end = demonymGroup(doc, s, p, out);
        if (end != NONE) return end;
        demonymQualifier(doc, s, p);
        end = dottedQualifier(doc, s, p);
        if (end != NONE) return end;
        modifiers(doc, s, p);
        acronymQualifier(doc, s, p);
        roleNouns(doc, s, p);
        department(doc, s, p);
        p.roleEnd = p.k;
        honorifics(doc, s, p);
        end = named(doc, s, p, out);
        if (end != NONE) return end;
        return roleMention(doc, s, p, out);
    }

    /** "the Russians", "Americans": a nationality in the plural is a GROUP, not a person's name; else NONE. */
    private static int demonymGroup(Document doc, Sentence s, NounPhraseCursor p, List<Mention> out) {
        List<Token> tk = doc.tokens;
        int k = p.k;
        if (k < s.endToken && EnglishPlaces.demonymPlural(tk.get(k).text)) {
            add(doc, out, Mention.Kind.GROUP, p.start, k + 1, s, tk.get(k).text, null, null);
            return k + 1;
        }
        return NONE;
    }

    /** "Russian President X", "the Russian foreign policy adviser": nationality words qualify, they are no name. */
    private static void demonymQualifier(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int k = p.k;
        while (k < s.endToken && EnglishPlaces.demonym(tk.get(k).text) && k - p.afterDet < 2) p.qualifier = tk.get(k++).text;
        p.k = k;
    }

    /** "U.S. officials": dotted initials qualify the noun after them; none after ("U.S. efforts"): their end, else NONE. */
    private int dottedQualifier(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int k = p.k;
        // "U.S. officials", "the U.K. minister": initials with dots qualify the noun after them
        int dotted = dottedInitials(tk, s, k);
        if (dotted > k) {
            p.qualifier = doc.slice(tk.get(k).start, tk.get(dotted - 1).end);
            k = dotted;
            p.k = k;
            // "U.S. efforts": no role and no name follows, the initials are no mention at all
            if (k >= s.endToken || !tk.get(k).isWord() || !tk.get(k).isCapitalized() && lex.englishRole(tk.get(k).lower()) == null
                    && !(tk.get(k).lower().endsWith("s") && lex.englishRole(tk.get(k).lower().substring(0, tk.get(k).text.length() - 1)) != null)
                    && !(k + 1 < s.endToken && lex.englishRole(tk.get(k + 1).lower()) != null)) return k;
        }
        return NONE;
    }

    /** Reads past up to three lower-case modifiers before a role noun ("foreign", "former", "senior", "chief", "…ian"). */
    private void modifiers(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int k = p.k, j = p.afterDet;
        while (k < s.endToken && tk.get(k).isWord() && !tk.get(k).isCapitalized() && lex.englishRole(tk.get(k).lower()) == null
                && k - j < 3 && (tk.get(k).lower().endsWith("ian") || tk.get(k).lower().endsWith("ese") || tk.get(k).lower().endsWith("ish")
                || tk.get(k).lower().equals("foreign") || tk.get(k).lower().equals("former") || tk.get(k).lower().equals("senior") || tk.get(k).lower().equals("chief"))) k++;
        p.k = k;
    }

    /** "US Secretary of State X", "UN envoy X": a short acronym before a role noun qualifies it, it is no name. */
    private void acronymQualifier(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int k = p.k;
        if (k + 1 < s.endToken && tk.get(k).isWord() && tk.get(k).text.length() <= 3 && isAcronym(tk.get(k).text)
                && tk.get(k + 1).isWord() && lex.englishRole(tk.get(k + 1).lower()) != null) p.qualifier = tk.get(k++).text;
        p.k = k;
    }

    /** Reads the role nouns, one word or two ("press secretary"), a plural too; the last gives the role. */
    private void roleNouns(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int i = p.start, j = p.afterDet;
        int k = p.k;
        while (k < s.endToken && tk.get(k).isWord()) {
            String l = tk.get(k).lower();
            String two = k + 1 < s.endToken ? l + " " + tk.get(k + 1).lower() : null;
            if (two != null && lex.englishRole(two) != null) { p.role = lex.englishRole(two); k += 2; continue; }
            String r = lex.englishRole(l);
            if (r == null && l.endsWith("s")) r = lex.englishRole(l.substring(0, l.length() - 1));
            // a lower-case noun modifying a role noun: "policy adviser", "press secretary"
            if (r == null && (j > i || p.qualifier != null) && !tk.get(k).isCapitalized() && k + 1 < s.endToken && k - j < 4 && tk.get(k + 1).isWord()
                    && lex.englishRole(tk.get(k + 1).lower()) != null && !tk.get(k).lower().endsWith("ly")) {
                k++;
                continue;
            }
            if (r == null) break;
            p.role = r;
            k++;
        }
        p.k = k;
    }

    /** "Secretary of State Marco Rubio", "Minister of Defence Jane Doe": the department belongs to the role. */
    private static void department(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int k = p.k;
        if (p.role != null && k + 2 < s.endToken && tk.get(k).is("of") && tk.get(k + 1).isCapitalized()
                && tk.get(k + 2).isCapitalized() && tk.get(k + 2).isWord() && !EN_STOP.contains(tk.get(k + 2).text)) k += 2;
        p.k = k;
    }

    /** Reads past honorifics before a name ("Mr", "Dr", "Sir") and their dots. */
    private static void honorifics(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int k = p.k;
        while (k < s.endToken && (tk.get(k).isAny("Mr", "Mrs", "Ms", "Dr", "Sir") || tk.get(k).is("."))) k++;
        p.k = k;
    }

    /** A name next: NAME (with the role read), PLACE or INSTITUTION, or the name a possessor owns; else NONE. */
    private int named(Document doc, Sentence s, NounPhraseCursor p, List<Mention> out) {
        List<Token> tk = doc.tokens;
        int i = p.start, j = p.afterDet;
        int ns = p.k;
        int k = nameWords(doc, s, p);
        // possessive: "Putin's adviser"
        if (k <= ns) return NONE;
        if (ns == s.firstToken && k - ns == 1 && p.role == null && k < s.endToken && !tk.get(k).isCapitalized()
                && !nextIsVerbish(tk, k, s)) {
            // single capitalised sentence-initial word not followed by a verb: likely not a name
        }
        String head = doc.slice(tk.get(ns).start, tk.get(k - 1).end);
        if (head.endsWith("'s") || head.endsWith("’s")) {
            head = head.substring(0, head.length() - 2);
            int owned = ownedName(doc, s, i, k, head, out);
            if (owned != NONE) return owned;
        }
        if (capitalisedByPosition(doc, s, p, ns, k)) return k;
        Mention.Kind kind = nameKind(tk, s, p, ns, k, head);
        int start = (p.role != null || j > i) ? i : ns;
        add(doc, out, kind, start, k, s, head, p.role, p.qualifier);
        return k;
    }

    /** The end of up to four capitalised words, none a stop word ("The", "Monday") nor, after a role, a role noun. */
    private int nameWords(Document doc, Sentence s, NounPhraseCursor p) {
        List<Token> tk = doc.tokens;
        int ns = p.k;
        int k = ns;
        while (k < s.endToken && k - ns < 4 && tk.get(k).isWord() && tk.get(k).isCapitalized()
                && !EN_STOP.contains(tk.get(k).text) && (p.role == null || lex.englishRole(tk.get(k).lower()) == null)) {
            k++;
        }
        return k;
    }

    /** "Kranzhafen's deputy mayor Ilse Brandtner": the NAME a possessor owns, the possessor its qualifier; else NONE. */
    private int ownedName(Document doc, Sentence s, int i, int k, String possessor, List<Mention> out) {
        List<Token> tk = doc.tokens;
        // "Kranzhafen's deputy mayor Ilse Brandtner": the possessor qualifies the role; the person is the name
        int owned = possessedName(doc, s, k);
        if (owned > k) {
            int r = k;
            while (lex.englishRole(tk.get(r).lower()) == null) r++;
            int ne = r;
            String prole = null;
            while (ne < owned && lex.englishRole(tk.get(ne).lower()) != null) prole = lex.englishRole(tk.get(ne++).lower());
            add(doc, out, Mention.Kind.NAME, i, owned, s, doc.slice(tk.get(ne).start, tk.get(owned - 1).end), prole, possessor);
            return owned;
        }
        return NONE;
    }

    /** "Harbour", "Nobody": one word capitalised only by its place (a sentence or quote start), nothing making it a name. */
    private static boolean capitalisedByPosition(Document doc, Sentence s, NounPhraseCursor p, int ns, int k) {
        List<Token> tk = doc.tokens;
        boolean initial = ns == s.firstToken || (ns > s.firstToken && tk.get(ns - 1).isAny("\"", "“", "‘", "(", "-", "–"));
        // "Harbour", "Nobody": capitalised by position; but a word written capitalised elsewhere in the text or the
        // subject of a speech verb ("Rubio told …", "Kremlin on Tuesday said …") is a name
        return initial && k - ns == 1 && p.role == null && p.afterDet == p.start && !InitialNames.name(doc, tk.get(ns), k);
    }

    /** NAME; PLACE for one place word; INSTITUTION for an acronym, institution, company, or employer before a role. */
    private Mention.Kind nameKind(List<Token> tk, Sentence s, NounPhraseCursor p, int ns, int k, String head) {
        String role = p.role;
        Mention.Kind kind = isAcronym(head) ? Mention.Kind.INSTITUTION : Mention.Kind.NAME;
        if (k - ns == 1 && role == null && EnglishPlaces.place(tk.get(ns).text)) kind = Mention.Kind.PLACE;
        if (role == null && (EnglishPlaces.institution(head) || LEGAL_FORMS.contains(tk.get(k - 1).text))) kind = Mention.Kind.INSTITUTION;
        // "Lowmoor Harbour Authority spokeswoman X", "Kranz Terminal chairman Y": an organisation word ends a name
        // that a lower-case role noun follows: the employer, not a person
        if (kind == Mention.Kind.NAME && role == null && k - ns >= 2 && k < s.endToken && !tk.get(k).isCapitalized()
                && lex.englishRole(tk.get(k).lower()) != null && EN_ORG_WORDS.contains(tk.get(k - 1).text))
            kind = Mention.Kind.INSTITUTION;
        return kind;
    }

    /** A role without a name ("U.S. officials", "the foreign minister"): ROLE; else no mention, the token after the start. */
    private static int roleMention(Document doc, Sentence s, NounPhraseCursor p, List<Mention> out) {
        List<Token> tk = doc.tokens;
        int i = p.start;
        if (p.role != null && p.roleEnd > p.afterDet) {
            add(doc, out, Mention.Kind.ROLE, i, p.roleEnd, s, doc.slice(tk.get(i).start, tk.get(p.roleEnd - 1).end), p.role, p.qualifier);
            return p.roleEnd;
        }
        return i + 1;
    }

    /**
     * After a possessive ("Kranzhafen's"): up to two lower-case modifiers, a role noun and a capitalised name ("deputy
     * mayor Ilse Brandtner"); the end of the name, or {@code k} when that is not what follows.
     */
    private int possessedName(Document doc, Sentence s, int k) {
        List<Token> tk = doc.tokens;
        int r = k;
        while (r < s.endToken && r - k < 2 && tk.get(r).isWord() && !tk.get(r).isCapitalized() && lex.englishRole(tk.get(r).lower()) == null) r++;
        if (r >= s.endToken || !tk.get(r).isWord() || lex.englishRole(tk.get(r).lower()) == null) return k;
        while (r < s.endToken && tk.get(r).isWord() && lex.englishRole(tk.get(r).lower()) != null) r++;
        int ne = r;
        while (ne < s.endToken && ne - r < 4 && tk.get(ne).isWord() && tk.get(ne).isCapitalized() && !EN_STOP.contains(tk.get(ne).text)) ne++;
        return ne > r ? ne : k;
    }

    /** end of "U.S." / "U.K." starting at k (single capitals each followed by a dot, written together), else k */
    private static int dottedInitials(List<Token> tk, Sentence s, int k) {
        int e = k;
        while (e + 1 < s.endToken && tk.get(e).text.length() == 1 && tk.get(e).isCapitalized() && tk.get(e + 1).is(".")
                && tk.get(e).end == tk.get(e + 1).start) {
            e += 2;
            if (e < s.endToken && tk.get(e - 1).end != tk.get(e).start) break;
        }
        return e - k >= 4 ? e : k;
    }

    private static boolean nextIsVerbish(List<Token> tk, int k, Sentence s) {
        return k < s.endToken && (tk.get(k).lower().endsWith("ed") || tk.get(k).lower().endsWith("s"));
    }
}
