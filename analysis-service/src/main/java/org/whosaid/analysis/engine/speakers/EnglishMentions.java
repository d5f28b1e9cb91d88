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

    int scan(Document doc, Sentence s, int i, List<Mention> out) {
        List<Token> tk = doc.tokens;
        Token t = tk.get(i);
        if (!t.isWord()) return i + 1;
        String lower = t.lower();
        if (SpeakerLexicon.PRONOUNS_EN.contains(lower)) {
            add(doc, out, Mention.Kind.PRONOUN, i, i + 1, s, t.text, null, null);
            return i + 1;
        }
        int j = i;
        if (DET_EN.contains(lower)) j++;
        // possessor "the company's spokeswoman" / "Russia's foreign minister"
        int k = j;
        String qualifier = null;
        // "the Russians", "Americans": a nationality in the plural is a group, not a person's name
        if (k < s.endToken && EnglishPlaces.demonymPlural(tk.get(k).text)) {
            add(doc, out, Mention.Kind.GROUP, i, k + 1, s, tk.get(k).text, null, null);
            return k + 1;
        }
        // "Russian President X", "the Russian foreign policy adviser": a nationality word qualifies, it is no name
        while (k < s.endToken && EnglishPlaces.demonym(tk.get(k).text) && k - j < 2) qualifier = tk.get(k++).text;
        // "U.S. officials", "the U.K. minister": initials with dots qualify the noun after them
        int dotted = dottedInitials(tk, s, k);
        if (dotted > k) {
            qualifier = doc.slice(tk.get(k).start, tk.get(dotted - 1).end);
            k = dotted;
            // "U.S. efforts": no role and no name follows, the initials are no mention at all
            if (k >= s.endToken || !tk.get(k).isWord() || !tk.get(k).isCapitalized() && lex.englishRole(tk.get(k).lower()) == null
                    && !(tk.get(k).lower().endsWith("s") && lex.englishRole(tk.get(k).lower().substring(0, tk.get(k).text.length() - 1)) != null)
                    && !(k + 1 < s.endToken && lex.englishRole(tk.get(k + 1).lower()) != null)) return k;
        }
        while (k < s.endToken && tk.get(k).isWord() && !tk.get(k).isCapitalized() && lex.englishRole(tk.get(k).lower()) == null
                && k - j < 3 && (tk.get(k).lower().endsWith("ian") || tk.get(k).lower().endsWith("ese") || tk.get(k).lower().endsWith("ish")
                || tk.get(k).lower().equals("foreign") || tk.get(k).lower().equals("former") || tk.get(k).lower().equals("senior") || tk.get(k).lower().equals("chief"))) k++;
        // "US Secretary of State X", "UN envoy X": a short acronym before a role noun qualifies it, it is no name
        if (k + 1 < s.endToken && tk.get(k).isWord() && tk.get(k).text.length() <= 3 && isAcronym(tk.get(k).text)
                && tk.get(k + 1).isWord() && lex.englishRole(tk.get(k + 1).lower()) != null) qualifier = tk.get(k++).text;
        String role = null;
        while (k < s.endToken && tk.get(k).isWord()) {
            String l = tk.get(k).lower();
            String two = k + 1 < s.endToken ? l + " " + tk.get(k + 1).lower() : null;
            if (two != null && lex.englishRole(two) != null) { role = lex.englishRole(two); k += 2; continue; }
            String r = lex.englishRole(l);
            if (r == null && l.endsWith("s")) r = lex.englishRole(l.substring(0, l.length() - 1));
            // a lower-case noun modifying a role noun: "policy adviser", "press secretary"
            if (r == null && (j > i || qualifier != null) && !tk.get(k).isCapitalized() && k + 1 < s.endToken && k - j < 4 && tk.get(k + 1).isWord()
                    && lex.englishRole(tk.get(k + 1).lower()) != null && !tk.get(k).lower().endsWith("ly")) {
                k++;
                continue;
            }
            if (r == null) break;
            role = r;
            k++;
        }
        // "Secretary of State Marco Rubio", "Minister of Defence Jane Doe": the department belongs to the role
        if (role != null && k + 2 < s.endToken && tk.get(k).is("of") && tk.get(k + 1).isCapitalized()
                && tk.get(k + 2).isCapitalized() && tk.get(k + 2).isWord() && !EN_STOP.contains(tk.get(k + 2).text)) k += 2;
        int roleEnd = k;
        while (k < s.endToken && (tk.get(k).isAny("Mr", "Mrs", "Ms", "Dr", "Sir") || tk.get(k).is("."))) k++;
        int ns = k;
        while (k < s.endToken && k - ns < 4 && tk.get(k).isWord() && tk.get(k).isCapitalized()
                && !EN_STOP.contains(tk.get(k).text) && (role == null || lex.englishRole(tk.get(k).lower()) == null)) {
            k++;
        }
        // possessive: "Putin's adviser"
        if (k > ns) {
            if (ns == s.firstToken && k - ns == 1 && role == null && k < s.endToken && !tk.get(k).isCapitalized()
                    && !nextIsVerbish(tk, k, s)) {
                // single capitalised sentence-initial word not followed by a verb: likely not a name
            }
            String head = doc.slice(tk.get(ns).start, tk.get(k - 1).end);
            if (head.endsWith("'s") || head.endsWith("’s")) {
                head = head.substring(0, head.length() - 2);
                // "Kranzhafen's deputy mayor Ilse Brandtner": the possessor qualifies the role; the person is the name
                int owned = possessedName(doc, s, k);
                if (owned > k) {
                    int r = k;
                    while (lex.englishRole(tk.get(r).lower()) == null) r++;
                    int ne = r;
                    String prole = null;
                    while (ne < owned && lex.englishRole(tk.get(ne).lower()) != null) prole = lex.englishRole(tk.get(ne++).lower());
                    add(doc, out, Mention.Kind.NAME, i, owned, s, doc.slice(tk.get(ne).start, tk.get(owned - 1).end), prole, head);
                    return owned;
                }
            }
            boolean initial = ns == s.firstToken || (ns > s.firstToken && tk.get(ns - 1).isAny("\"", "“", "‘", "(", "-", "–"));
            // "Harbour", "Nobody": capitalised by position; but a word written capitalised elsewhere in the text or the
            // subject of a speech verb ("Rubio told …", "Kremlin on Tuesday said …") is a name
            if (initial && k - ns == 1 && role == null && j == i && !InitialNames.name(doc, tk.get(ns), k)) return k;
            Mention.Kind kind = isAcronym(head) ? Mention.Kind.INSTITUTION : Mention.Kind.NAME;
            if (k - ns == 1 && role == null && EnglishPlaces.place(tk.get(ns).text)) kind = Mention.Kind.PLACE;
            if (role == null && (EnglishPlaces.institution(head) || LEGAL_FORMS.contains(tk.get(k - 1).text))) kind = Mention.Kind.INSTITUTION;
            // "Lowmoor Harbour Authority spokeswoman X", "Kranz Terminal chairman Y": an organisation word ends a name
            // that a lower-case role noun follows: the employer, not a person
            if (kind == Mention.Kind.NAME && role == null && k - ns >= 2 && k < s.endToken && !tk.get(k).isCapitalized()
                    && lex.englishRole(tk.get(k).lower()) != null && EN_ORG_WORDS.contains(tk.get(k - 1).text))
                kind = Mention.Kind.INSTITUTION;
            int start = (role != null || j > i) ? i : ns;
            add(doc, out, kind, start, k, s, head, role, qualifier);
            return k;
        }
        if (role != null && roleEnd > j) {
            add(doc, out, Mention.Kind.ROLE, i, roleEnd, s, doc.slice(tk.get(i).start, tk.get(roleEnd - 1).end), role, qualifier);
            return roleEnd;
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
