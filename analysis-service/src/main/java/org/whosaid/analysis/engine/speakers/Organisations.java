package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import static org.whosaid.analysis.engine.speakers.MentionWords.DET_DE;
import static org.whosaid.analysis.engine.speakers.MentionWords.DET_EN;

import java.util.List;
import java.util.Set;

/**
 * Where an organisation's words run: a listed institution or one by its noun ending ("das Weiße Haus", "des
 * Außenministeriums"), a company closed by its legal form ("Kranzhafen Terminal GmbH"), an organisation noun
 * ("Betreibergesellschaft"), and the noun phrase of an unlisted organisation before its bracketed acronym ("Die
 * Interessengemeinschaft der Hafenanleger (IdH)").
 */
final class Organisations {
    private final SpeakerLexicon lex;
    private final TokenLookups lookups;

    Organisations(SpeakerLexicon lex, TokenLookups lookups) {
        this.lex = lex;
        this.lookups = lookups;
    }

    /** legal forms that end a company's name ("Kranzhafen Terminal GmbH", "Nordlicht AG", "Baltic Freight Ltd") */
    static final Set<String> LEGAL_FORMS = Set.of("GmbH", "AG", "SE", "KG", "KGaA", "OHG", "eG", "Ltd", "Inc", "plc", "LLC", "Corp");

    static boolean orgNoun(String lower) {
        for (String x : ORG_NOUN_ENDINGS) if (lower.endsWith(x)) return true;
        return false;
    }

    private static final List<String> ORG_NOUN_ENDINGS = List.of("gesellschaft", "konzern", "unternehmen", "firma", "reederei", "betreiber");

    /** the end (exclusive) of a company name of capitalised words closed by a legal form, starting at a, or -1 */
    static int companyEnd(List<Token> tk, Sentence s, int a) {
        for (int k = a; k < s.endToken && k < a + 6; k++) {
            Token t = tk.get(k);
            if (k > a && LEGAL_FORMS.contains(t.text)) return k + 1;
            if (!t.isWord() || !t.isCapitalized()) return -1;
        }
        return -1;
    }

    int institution(List<Token> tk, Sentence s, int a) {
        Token t = tk.get(a);
        if (!t.isCapitalized()) {
            return -1;
        }
        for (String[] phrase : lex.institutionsStartingWith(t.text)) {
            String[] words = phrase[0].split(" ");
            if (a + words.length > s.endToken) continue;
            boolean ok = true;
            for (int w = 0; w < words.length; w++) {
                String x = tk.get(a + w).text;
                boolean last = w == words.length - 1;
                if (!(x.equals(words[w]) || (last && (x.equals(words[w] + "s") || x.equals(words[w] + "es"))))) { ok = false; break; }
            }
            if (ok) return a + words.length;
        }
        // "Weißen Hauses" / capitalised adjective + institution
        if (lookups.instSuffix(t) && t.isNoun()) return a + 1;
        if (lookups.instSuffix(t) && !t.known) return a + 1;
        return -1;
    }

    /** start of "[det] [adj]* Noun+ [der|des|für … Noun+]" ending before token {@code end}, or -1 */
    static int organisationStart(Document doc, Sentence s, int end, int floor) {
        List<Token> tk = doc.tokens;
        int k = end;
        while (k - 1 >= floor && end - k < 8) {
            Token t = tk.get(k - 1);
            if (t.isWord() && t.isCapitalized() && !t.onlyVerb()) { k--; continue; }
            if (t.isWord() && !t.isCapitalized() && (t.isAdjective() && !t.onlyVerb() || t.isAny("der", "des", "für", "von", "zur", "zum", "und"))
                    && k < end) { k--; continue; }
            break;
        }
        while (k < end && tk.get(k).isAny("der", "des", "für", "von", "zur", "zum", "und")) k++;
        if (k >= end || !tk.get(k).isCapitalized() && !tk.get(k).isAdjective()) return -1;
        if (k - 1 >= floor && DET_DE.contains(tk.get(k - 1).lower())) return k - 1;
        if (k == s.firstToken) return k;
        return DET_EN.contains(tk.get(k - 1).lower()) ? k - 1 : -1;
    }
}
