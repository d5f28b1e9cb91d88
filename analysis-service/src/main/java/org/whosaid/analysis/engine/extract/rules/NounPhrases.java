package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;
import java.util.Set;
import static org.whosaid.analysis.engine.extract.rules.Clauses.shortQuoteEnd;

/**
 * Noun phrases and source phrases read from tokens around a cue: "[det] [adjectives] Noun+" ({@link #readNP}), the
 * genitive or von/aus attributes after it ({@link #extendSource}: "Angaben [der Hafenzeitung X]"), the phrase before
 * "zufolge" ({@link #sourceStart}), and a speaker mention spanning a whole source phrase ({@link #sourcePhrase}:
 * "Angaben der Polizei", resolved to the police when it is a known entity).
 */
final class NounPhrases {
    private NounPhrases() {}

    /**
     * end of the genitive or von/aus attributes after a source noun phrase ending at {@code end}: "Angaben [der
     * Hafenzeitung X]", "Ansicht [mancher Fischer]", "Schätzungen [dänischer Reedereien]", "Unterlagen [aus dem
     * Rathaus]" (at most three attributes; a finite verb or punctuation ends it)
     */
    static int extendSource(Document doc, Sentence s, int end) {
        List<Token> tk = doc.tokens;
        for (int hop = 0; hop < 3 && end < s.endToken; hop++) {
            Token t = tk.get(end);
            int k = end;
            if (t.isAny("des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "einiger", "mehrerer", "vieler")) {
                k++;
            } else if (t.isAny("von", "vom", "aus")) {
                k++;
                if (k < s.endToken && tk.get(k).isAny("der", "dem", "den", "einem", "einer")) k++;
            } else if (!(t.isWord() && !t.isCapitalized() && attributive(t) && t.text.endsWith("er"))) {
                break;
            }
            while (k < s.endToken && tk.get(k).isWord() && !tk.get(k).isCapitalized()
                    && (attributive(tk.get(k)) || QUANTIFIERS.contains(tk.get(k).lower()))) k++;
            int n = k;
            while (k < s.endToken && k - n < 4) {
                Token w = tk.get(k);
                int q = shortQuoteEnd(doc, s, k);
                if (q > k) { k = q; continue; }
                // "Eine Reporterin von n24": a lower-case channel name with digits is a name too
                boolean digitName = k == n && w.isWord() && w.text.chars().anyMatch(Character::isDigit);
                if (!digitName && (!w.isCapitalized() || w.isPunct() || (w.onlyVerb() && !w.isNoun()))) break;
                k++;
            }
            if (k == n) break;
            end = k;
        }
        return end;
    }

    /** an adjective before a noun: from the dictionary, or an unknown word with an adjective ending ("behördlichen") */
    static boolean attributive(Token t) {
        if (t.isAdjective()) return !t.onlyVerb();
        String l = t.text;
        return !t.known && (l.endsWith("en") || l.endsWith("er") || l.endsWith("es") || l.endsWith("e"));
    }

    /** start of the source noun phrase that ends right before token {@code end} ("der Meldung", "Angaben der Polizei") */
    static int sourceStart(Document doc, Sentence s, int end) {
        List<Token> tk = doc.tokens;
        int k = end, start = end;
        // noun phrases [det] [adj]* Noun+ read leftwards; one with a genitive article or after von/aus is an attribute of
        // the one before it: "Angaben | des Wetterdienstes | von Kranzhafen"
        while (end - k < 10) {
            int e = k;
            while (k > s.firstToken && e - k < 4 && isSourceNoun(tk.get(k - 1))) k--;
            if (k == e) break;
            while (k > s.firstToken && tk.get(k - 1).isWord() && !tk.get(k - 1).isCapitalized() && attributive(tk.get(k - 1))
                    && !CueFinder.isDeterminer(tk.get(k - 1).lower())) k--;
            boolean attribute = false;
            if (k > s.firstToken && CueFinder.isDeterminer(tk.get(k - 1).lower())) {
                k--;
                attribute = tk.get(k).isAny("des", "der", "eines", "einer", "Des", "Der");
            }
            start = k;
            if (k > s.firstToken && tk.get(k - 1).isAny("von", "vom", "aus")) { k--; attribute = true; }
            if (!attribute) break;
        }
        return start;
    }

    static boolean isSourceNoun(Token t) {
        return t.isWord() && t.isCapitalized() && !(t.onlyVerb() && !t.isNoun()) && !CueFinder.isDeterminer(t.lower());
    }

    static Mention lastMentionIn(Document doc, Sentence s, int from, int to, Mention fallback) {
        Mention best = fallback;
        for (Mention m : doc.mentions) {
            if (m.sentence != s.index || m.token < from) continue;
            if (m.token >= to) break;
            if (m.endToken <= to && (m.entity != null || best == null)) best = m;
        }
        return best;
    }

    /** a speaker mention covering a source phrase [from, to) ("Angaben der Polizei"), resolved like {@code x} */
    static Mention sourcePhrase(Document doc, Sentence s, int from, int to, Mention x) {
        List<Token> tk = doc.tokens;
        if (to <= from) return x;
        Mention m = new Mention(x != null ? x.kind : Mention.Kind.GROUP, from, to, tk.get(from).start, tk.get(to - 1).end,
                s.index, doc.slice(tk.get(from).start, tk.get(to - 1).end), x != null ? x.role : null, null);
        if (x != null) {
            m.entity = x.entity;
            m.resolution = "source phrase→" + (x.entity != null ? x.entity.name : x.head);
        } else {
            m.resolution = "source phrase";
        }
        return m;
    }

    /** end of a noun phrase [det] [adjectives] Noun+ starting at k, or -1 */
    /** "Beide Verbände sagten", "Mehrere Experten warnten": a quantifier opens the noun phrase like an article (h13) */
    static final boolean QUANTIFIERS_AS_DETERMINERS = !Boolean.getBoolean("whosaid.noQuantifierNP");
    static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("beide", "beiden", "mehrere", "zahlreiche", "viele", "einige", "alle");

    static int readNP(Document doc, Sentence s, int k) {
        List<Token> tk = doc.tokens;
        int i = k;
        if (i < s.endToken && (CueFinder.isDeterminer(tk.get(i).lower()) || tk.get(i).isAny("Die", "Der", "Das", "Ein", "Eine")
                || (QUANTIFIERS_AS_DETERMINERS && QUANTIFIERS.contains(tk.get(i).lower())))) i++;
        while (i < s.endToken && tk.get(i).isWord() && !tk.get(i).isCapitalized() && tk.get(i).isAdjective() && !tk.get(i).onlyVerb()) i++;
        int n = i;
        while (i < s.endToken && (tk.get(i).isCapitalized() || Character.isDigit(tk.get(i).text.charAt(0))) && !tk.get(i).isPunct()
                && !(tk.get(i).onlyVerb()) && (!tk.get(i).known || tk.get(i).isNoun() || tk.get(i).isProperName()) && i - n < 4) i++;
        if (i == n) return -1;
        if (doc.quoteAround(tk.get(k).start) != null) return -1;
        return i;
    }

    static Mention npMention(Document doc, Sentence s, int from, int to) {
        List<Token> tk = doc.tokens;
        Mention m = new Mention(Mention.Kind.GROUP, from, to, tk.get(from).start, tk.get(to - 1).end, s.index,
                doc.slice(tk.get(from).start, tk.get(to - 1).end), null, null);
        m.resolution = "noun phrase (not a known person)";
        return m;
    }

    static Mention mentionStartingAt(Document doc, int tok) {
        // binary search: the layer is in token order (the walk from the first mention made long texts quadratic)
        int i = org.whosaid.analysis.engine.layer.Sorted.firstAtOrAfter(doc.mentions, x -> x.token, tok);
        return i < doc.mentions.size() && doc.mentions.get(i).token == tok ? doc.mentions.get(i) : null;
    }

    /** mentions are names and noun phrases: none is longer than this many tokens, so a look-back can stop here */
    static final int LONGEST_MENTION = 64;

    /**
     * The last mention (in the token-ordered layer) that ends just before {@code tok}: "X" in "X zufolge". Looks back
     * from the first mention starting at {@code tok} (binary search) over at most {@link #LONGEST_MENTION} tokens
     * instead of walking the layer from the start of the text.
     */
    static Mention mentionEndingAt(Document doc, int tok) {
        List<Mention> ms = doc.mentions;
        for (int j = org.whosaid.analysis.engine.layer.Sorted.firstAtOrAfter(ms, x -> x.token, tok) - 1; j >= 0; j--) {
            Mention m = ms.get(j);
            if (m.endToken == tok) return m;
            if (tok - m.token > LONGEST_MENTION) break;
        }
        return null;
    }

    /** The first mention starting at {@code tok} or the token after it ("des Ministeriums" after "der"), or null. */
    static Mention mentionAtOrNext(Document doc, int tok) {
        List<Mention> ms = doc.mentions;
        int i = org.whosaid.analysis.engine.layer.Sorted.firstAtOrAfter(ms, x -> x.token, tok);
        return i < ms.size() && ms.get(i).token <= tok + 1 ? ms.get(i) : null;
    }

    /** The first mention lying wholly inside tokens {@code [from, to)}, or null. */
    static Mention firstMentionWithin(Document doc, int from, int to) {
        List<Mention> ms = doc.mentions;
        for (int i = org.whosaid.analysis.engine.layer.Sorted.firstAtOrAfter(ms, x -> x.token, from); i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.token >= to) break;
            if (m.endToken <= to) return m;
        }
        return null;
    }

    /** "laut einem Sprecher des Ministeriums": extend the phrase over a genitive attribute */
    static int extendGenitive(Document doc, Sentence s, int end) {
        List<Token> tk = doc.tokens;
        if (end < s.endToken && tk.get(end).isAny("des", "der", "von", "vom")) {
            Mention m = mentionAtOrNext(doc, end);
            if (m != null) return m.endToken;
        }
        return end;
    }
}
