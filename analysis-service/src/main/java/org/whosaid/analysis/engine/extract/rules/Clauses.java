package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.layer.QuoteSpan;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;
import java.util.Set;
import static org.whosaid.analysis.engine.extract.rules.Moods.distinctKonj1;

/**
 * Clause and token tests shared by the statement rules: where a sentence's content ends, whether a cue clause closes
 * its sentence, relative and subordinate clause starts, quotation marks, English "that" and time phrases. Example:
 * in "Die Gespräche seien gut verlaufen, sagte er, nachdem …" the cue clause "sagte er" is the last clause
 * ({@link #lastClause}) because only a subordinate tail follows it.
 */
final class Clauses {
    private Clauses() {}

    static final Set<String> COMPLEMENTIZERS = Set.of("dass", "daß", "ob", "wonach", "warum", "wann",
            "weshalb", "wieso", "that", "whether", "if", "how", "why", "what", "when", "who");

    /** words that open a relative clause after a comma: such a clause is not reported content */
    static final Set<String> RELATIVE = Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "denen",
            "welche", "welcher", "welches", "welchem", "welchen", "was", "wo", "womit", "wobei", "which", "who", "whom");

    static final Set<String> DAS_SUBJECT = Set.of("Das", "Dies", "Dieses", "So", "This", "That");

    static final Set<String> AUX = Set.of("hat", "hatte", "habe", "hätte", "haben", "hatten", "ist", "war", "sei",
            "wurde", "wird", "wurden", "werden", "worden", "has", "had", "have", "was", "is", "were", "will", "would");

    static final Set<String> EN_PREPOSITIONS = Set.of("outside", "inside", "at", "in", "on", "after", "before",
            "during", "from", "near", "with", "without", "for", "of", "to", "by", "over", "under", "behind", "following",
            "ahead", "as", "upon", "via", "amid", "across", "around", "late", "earlier", "later", "yesterday", "today");

    static final Set<String> PREPOSITIONS = Set.of("bei", "von", "mit", "in", "an", "auf", "für", "aus", "zu", "über", "unter", "nach", "durch", "gegen", "um");

    static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    static final Set<String> MEDIA_NOUNS = Set.of("statement", "interview", "video", "post", "briefing", "speech");

    /** offset where a sentence's content ends: before the final . ! ? (keeping a closing quote mark) */
    static int contentEnd(Document doc, Sentence s) {
        int e = s.end;
        String t = doc.text;
        if (e > s.start && ".!?".indexOf(t.charAt(e - 1)) >= 0) e--;
        return e;
    }

    static int endOfSentenceText(Document doc, Sentence s) { return contentEnd(doc, s); }

    static boolean lastClause(Document doc, Sentence s, int ce) {
        return ce >= s.endToken || (ce == s.endToken - 1 && doc.tokens.get(ce).isAny(".", "!", "?"))
                || (ce < s.endToken && doc.tokens.get(ce).is(",") && clauseIsTail(doc, s, ce));
    }

    /** after the cue clause only a subordinate tail follows (", nachdem …", ", als …") */
    static boolean clauseIsTail(Document doc, Sentence s, int ce) {
        if (ce + 1 >= s.endToken) return true;
        return isSubordinator(doc.tokens.get(ce + 1));
    }

    static boolean lastClauseOrSentence(Document doc, Sentence s, int ce) {
        return ce >= s.endToken - 1 || lastClause(doc, s, ce);
    }

    static boolean isSubordinator(Token t) {
        return t.isAny("nachdem", "als", "bevor", "weil", "da", "während", "obwohl", "um", "damit", "sodass", "wenn", "ohne", "statt", "anstatt", "indem", "falls", "sobald", "solange", "bis",
                "after", "before", "because", "while", "when", "although", "since");
    }

    static boolean isRelative(Token t) {
        return t.isAny("der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "who", "which");
    }

    /** "das die Daten regelt", "der angeklagt war", "deren …": a relative pronoun, not an article before a noun */
    static boolean isRelativeStart(List<Token> tk, Sentence s, int k) {
        Token t = tk.get(k);
        if (!RELATIVE.contains(t.lower())) return false;
        if (!t.isAny("der", "die", "das", "dem", "den")) return true;
        if (k + 1 >= s.endToken) return false;
        Token n = tk.get(k + 1);
        if (n.isCapitalized()) return false;             // article + noun
        if (n.isAdjective() && !n.onlyVerb()) return false; // article + adjective + noun
        if (n.is("„") || n.is("\"")) return false;
        if (ATTRIBUTIVE_AFTER_ARTICLE && attributiveThenNoun(tk, s, k + 1)) return false;
        return true;
    }

    static final boolean ATTRIBUTIVE_AFTER_ARTICLE = !Boolean.getBoolean("whosaid.noAttributiveArticle");

    /** adverbs that may stand between an article and its adjective: "die noch offene Frage", "der bereits genannte Plan" */
    static final Set<String> DEGREE_ADVERBS = Set.of("noch", "bereits", "schon", "bisher", "zuvor", "sehr", "besonders",
            "so", "ebenfalls", "nun", "erst", "kaum", "weiter");

    /**
     * From {@code j} on: an inflected adjective or participle, maybe after a degree adverb or "zu", right before a
     * noun ("gesperrten Schleusen", "noch zu bauende Brücke"): the word before was an article, not a relative pronoun.
     */
    static boolean attributiveThenNoun(List<Token> tk, Sentence s, int j) {
        if (j < s.endToken && DEGREE_ADVERBS.contains(tk.get(j).text)) j++;
        if (j < s.endToken && tk.get(j).is("zu")) j++;
        if (j + 1 >= s.endToken) return false;
        Token a = tk.get(j), n = tk.get(j + 1);
        if (a.isCapitalized() || !a.isAdjective() || a.tags.contains("ART:") || a.tags.contains("PRO:")) return false;
        String w = a.lower();
        boolean inflected = w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em");
        return inflected && n.isCapitalized() && n.isWord();
    }

    static boolean hasReportedVerb(Document doc, Sentence s, int from, int to, Cue c) {
        List<Token> tk = doc.tokens;
        if (!doc.german()) return true; // English: "X said the talks were over" needs no mood
        int i = doc.tokenAt(from) < tk.size() ? Math.max(doc.tokenAt(from), from) : from;
        int end = s.endToken;
        for (int k = from; k < end; k++) {
            Token t = tk.get(k);
            if (t.is(",") && k > from + 1 && k + 1 < end && isSubordinator(tk.get(k + 1))) break;
            if (distinctKonj1(t) || t.isKonj1() || t.isKonj2()) return true;
        }
        // indicative after the cue still counts when the clause has a finite verb in second position ("sagte, die USA sind …")
        // (act verbs also take indicative content)
        for (int k = from + 1; k < Math.min(end, from + 6); k++) {
            Token t = tk.get(k);
            if (t.isVerb() && !t.isCapitalized() && (t.tags.contains(":PRÄ:") || t.tags.contains(":PRT:"))) return true;
        }
        return false;
    }

    static boolean zuInfinitive(Document doc, Sentence s, int from) {
        List<Token> tk = doc.tokens;
        for (int k = from; k < s.endToken - 1; k++) {
            if (tk.get(k).is(",")) break;
            if (tk.get(k).isAny("zu", "to") && tk.get(k + 1).isWord() && !tk.get(k + 1).isCapitalized()) return true;
            if (tk.get(k).tags.contains("VER:EIZ") || SEPARABLE_ZU.matcher(tk.get(k).text).matches()) return true; // "anzutreten"
        }
        return false;
    }

    /** a zu-infinitive of a separable verb the morphology does not know: "voranzutreiben", "zurückzunehmen" */
    private static final java.util.regex.Pattern SEPARABLE_ZU = java.util.regex.Pattern.compile(
            "(ab|an|auf|aus|bei|dar|durch|ein|fest|fort|her|heraus|hin|hinzu|los|mit|nach|um|vor|voran|voraus|weg|weiter|"
                    + "wieder|zu|zurück|zusammen)zu\\p{Ll}{2,}(en|ern|eln)");

    static boolean isQuoteOpen(Token t) { return t.isAny("„", "“", "\"", "«", "»", "‚"); }

    static boolean isQuoteClose(Document doc, Token t) {
        if (!t.isAny("“", "”", "\"", "«", "»", "‘")) return false;
        return doc.quoteEndsAt(t.end);
    }

    /** English "said on Sunday he …", "said late Tuesday …", "said in a statement …": past such a phrase (and "that") */
    static int skipTimePhrase(Document doc, Sentence s, int k) {
        List<Token> tk = doc.tokens;
        int e = k;
        if (e + 1 < s.endToken && tk.get(e).isAny("on", "late", "early") && WEEKDAYS.contains(tk.get(e + 1).text)) e += 2;
        else if (e < s.endToken && WEEKDAYS.contains(tk.get(e).text)) e += 1; // "said Sunday they …"
        else if (e + 2 < s.endToken && tk.get(e).is("in") && tk.get(e + 1).isAny("a", "an", "the") && MEDIA_NOUNS.contains(tk.get(e + 2).lower())) e += 3;
        if (e == k) return k;
        if (e < s.endToken && tk.get(e).is("that")) e++;
        return e;
    }

    /** a speech verb at most three tokens before {@code marker} in the same clause, with a pronoun or name between */
    static boolean speechVerbRightBefore(Document doc, Sentence s, int marker) {
        List<Cue> cues = doc.cues;
        for (int i = Cues.firstAtOrAfter(doc, Math.max(s.firstToken, marker - 3)); i < cues.size() && cues.get(i).token < marker; i++) {
            Cue o = cues.get(i);
            if (o.kind != Cue.Kind.VERB) continue;
            boolean punct = false;
            for (int k = o.token + 1; k < marker; k++) if (doc.tokens.get(k).isPunct()) punct = true;
            if (punct) continue;
            for (Mention m : SentenceMentions.starting(doc, o.token + 1, o.token + 2)) if (m.endToken <= marker) return true;
        }
        return false;
    }

    /** a speech verb with a subject before it in the clause starting at token k ("auch X sprach von …") */
    static boolean ownCueInClause(Document doc, Sentence s, int k) {
        int end = CueFinder.clauseEnd(doc, s, k);
        List<Cue> cues = doc.cues;
        for (int i = Cues.firstAtOrAfter(doc, k + 1); i < cues.size() && cues.get(i).token < end; i++) {
            Cue o = cues.get(i);
            if (o.kind != Cue.Kind.VERB) continue;
            String tags = doc.tokens.get(o.token).tags;
            if (tags.contains("KJ1") || tags.contains("KJ2") || tags.contains("PA2")) continue; // reported inside the content
            for (Mention m : SentenceMentions.starting(doc, k, o.token)) if (m.endToken <= o.token && !m.governed) return true;
        }
        return false;
    }

    /** the quote closing at token {@code close} opened after a word of the same clause ("von „…“"), not at its start */
    static boolean embeddedQuoteBefore(Document doc, Sentence s, int close) {
        QuoteSpan q = doc.outerQuoteAround(doc.tokens.get(close).start);
        if (q == null || q.start <= s.start) return false;
        int open = doc.tokenAt(q.start);
        if (open <= s.firstToken) return false;
        Token prev = doc.tokens.get(open - 1);
        return prev.isWord() && prev.sentence == s.index;
    }

    /** English "…, but said …" / "… and added …": the content ends before a coordinated cue verb of the same subject */
    static int coordinatedCueStart(Document doc, Sentence s, int from, int sentEnd) {
        List<Token> tk = doc.tokens;
        List<Cue> cues = doc.cues;
        for (int i = Cues.firstAtOrAfter(doc, from + 1); i < cues.size() && cues.get(i).token < s.endToken; i++) {
            Cue o = cues.get(i);
            if (o.kind != Cue.Kind.VERB) continue;
            int k = o.token - 1;
            if (k > from && tk.get(k).isAny("also", "then", "later")) k--;
            if (k > from + 1 && tk.get(k).isAny("but", "and") && tk.get(k - 1).is(",")) return tk.get(k - 1).start;
        }
        return sentEnd;
    }

    /** English: "that" within a few words after the verb, with no punctuation or quote between ("said on Sunday that") */
    static int thatWithin(Document doc, Sentence s, int from) {
        for (int k = from; k < s.endToken && k < from + 8; k++) {
            Token t = doc.tokens.get(k);
            if (t.is("that")) return k;
            if (!t.isWord() && !t.isAny("-") || doc.quoteAround(t.start) != null) return -1;
        }
        return -1;
    }

    /** a top-level quote after a colon inside [from, sentEnd) that runs to the end of the sentence */
    static QuoteSpan quoteAfterColon(Document doc, Sentence s, int from, int sentEnd) {
        List<Token> tk = doc.tokens;
        for (int k = from; k < s.endToken - 1; k++) {
            if (!tk.get(k).is(":")) continue;
            QuoteSpan q = doc.quoteAround(tk.get(k + 1).start);
            if (q != null && q.parent < 0 && q.start == tk.get(k + 1).start && q.end >= sentEnd - 1) return q;
        }
        return null;
    }

    /** after a short title-like quote starting at token k ("„Nordpost“"): the token after its closing mark, else k */
    static int shortQuoteEnd(Document doc, Sentence s, int k) {
        if (k >= s.endToken || !isQuoteOpen(doc.tokens.get(k))) return k;
        QuoteSpan q = doc.quoteAround(doc.tokens.get(k).start);
        if (q == null || q.start != doc.tokens.get(k).start || q.words > 5 || q.words < 1) return k;
        int e = doc.tokenAt(q.end);
        return e <= s.endToken && e > k + 1 ? e : k;
    }

    static Token tk(Document doc, int i) { return doc.tokens.get(i); }
}
