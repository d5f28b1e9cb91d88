package org.whosaid.analysis.engine.extract;

import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Medium;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds speech cues outside quotation marks: speech verbs (by lemma, joined with a separated particle at the end of
 * the clause) and source markers — German "laut X", "X zufolge", "nach Angaben/Ansicht … X", ", so X", "hieß es",
 * "demnach", "wonach", "gemäß"; English "according to".
 */
public final class CueFinder {
    /** words whose first verb reading wins over a speech verb's participle ("in Not geraten") */
    static final java.util.Set<String> FIRST_READING = java.util.Set.of("geraten");

    private final CueLexicon lexicon;

    /** "dieser/diesem/…" count as determiners (h13) */
    static final boolean DEMONSTRATIVES = !Boolean.getBoolean("whosaid.noDemonstratives");

    public CueFinder(CueLexicon lexicon) { this.lexicon = lexicon; }

    public List<Cue> find(Document doc) {
        List<Cue> out = new ArrayList<>();
        List<Token> toks = doc.tokens;
        for (Sentence s : doc.sentences) {
            for (int i = s.firstToken; i < s.endToken; i++) {
                Token t = toks.get(i);
                if (!t.isWord()) continue;
                if (doc.quoteAround(t.start) != null) continue;
                Cue c = doc.german() ? german(doc, s, i) : english(doc, s, i);
                if (c != null) {
                    out.add(c);
                    i = Math.max(i, c.endToken - 1);
                }
            }
        }
        return out;
    }

    /** "laut israelischen Medien", "laut aktueller Statistik": a dative adjective and then a noun */
    private static boolean datAdjectiveBeforeNoun(List<Token> toks, Sentence s, int k) {
        if (k + 1 >= s.endToken) return false;
        Token a = toks.get(k), n = toks.get(k + 1);
        String l = a.lower();
        return a.isWord() && !a.isCapitalized() && a.isAdjective() && (l.endsWith("en") || l.endsWith("er") || l.endsWith("em"))
                && n.isWord() && n.isCapitalized() && n.isNoun();
    }

    private Cue german(Document doc, Sentence s, int i) {
        Cue marker = germanMarker(doc, s, i);
        return marker != null ? marker : germanVerb(doc, s, i);
    }

    /** A German marker at token {@code i}: laut/gemäß, zufolge, nach Angaben, aus Sicht, so, hieß es, demnach, wonach. */
    private Cue germanMarker(Document doc, Sentence s, int i) {
        List<Token> toks = doc.tokens;
        String l = toks.get(i).lower();
        Token next = i + 1 < s.endToken ? toks.get(i + 1) : null;
        switch (l) {
            case "laut", "gemäß" -> {
                // "laut ihm", "gemäß ihr": a dative pronoun as the source
                if (next != null && (next.isCapitalized() || isDeterminer(next.lower()) || next.isAny("„", "\"", "»", "«", "dpa", "ihm", "ihr", "ihnen")
                        || datAdjectiveBeforeNoun(toks, s, i + 1)))
                    return new Cue(Cue.Kind.LAUT, i, i + 1, -1, l, Medium.Speech, s.index, false);
            }
            case "zufolge" -> {
                if (i > s.firstToken) return new Cue(Cue.Kind.ZUFOLGE, i, i + 1, -1, l, Medium.Speech, s.index, false);
            }
            case "nach" -> {
                return nachAngaben(toks, s, i);
            }
            case "aus" -> {
                return ausSicht(toks, s, i);
            }
            case "so" -> {
                if (i > s.firstToken && toks.get(i - 1).is(",") && next != null
                        && (next.isCapitalized() || isDeterminer(next.lower())))
                    return new Cue(Cue.Kind.SO, i, i + 1, -1, "so", Medium.Speech, s.index, false);
            }
            case "hieß", "heißt" -> {
                return heisstEs(toks, s, i);
            }
            case "demnach" -> { return new Cue(Cue.Kind.DEMNACH, i, i + 1, -1, "demnach", Medium.Speech, s.index, false); }
            case "wonach" -> {
                if (i > s.firstToken && toks.get(i - 1).is(","))
                    return new Cue(Cue.Kind.WONACH, i, i + 1, -1, "wonach", Medium.Speech, s.index, false);
            }
            default -> { }
        }
        return null;
    }

    /**
     * A source noun after "nach" at {@code i}: "nach Angaben", "nach eigenen Angaben", "nach ersten Untersuchungen",
     * "Nach Polizeiangaben".
     */
    private static Cue nachAngaben(List<Token> toks, Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.endToken, i + 4); k++) {
            Token n = toks.get(k);
            if (n.isCapitalized() && n.isWord()) {
                if (CueLexicon.isSourceNoun(n.lower()))
                    return new Cue(Cue.Kind.NACH_ANGABEN, i, k + 1, -1, "nach " + n.lower(), Medium.Speech, s.index, false);
                break;
            }
            if (!(isDeterminer(n.lower()) || n.tags.contains("ADJ:") || n.lower().startsWith("eigen") || n.lower().endsWith("en"))) break;
        }
        return null;
    }

    /**
     * "aus Sicht des Kremls" after "aus" at {@code i}, not in a sentence with "hieß es": of "aus" and a noun, only
     * "Sicht" makes a cue.
     */
    private static Cue ausSicht(List<Token> toks, Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.endToken, i + 3); k++) {
            Token n = toks.get(k);
            if (n.isCapitalized() && n.isWord()) {
                String nl = n.lower();
                if (nl.equals("sicht") && !hiessEs(toks, s))
                    return new Cue(Cue.Kind.NACH_ANGABEN, i, k + 1, -1, "aus " + nl, Medium.Speech, s.index, false);
                break;
            }
            if (!(n.tags.contains("ADJ:") || n.lower().endsWith("en"))) break;
        }
        return null;
    }

    /**
     * "hieß es" / "heißt es" at {@code i}, or "wie es hieß." / "es heißt aus …" with "es" before it; "hieß es" not
     * after "was" or "das" ("was heißt es").
     */
    private static Cue heisstEs(List<Token> toks, Sentence s, int i) {
        Token next = i + 1 < s.endToken ? toks.get(i + 1) : null;
        if (next != null && next.is("es") && (i == s.firstToken || !toks.get(i - 1).isAny("was", "das", "Das")))
            return new Cue(Cue.Kind.HIESS_ES, i, i + 2, -1, "heißen es", Medium.Speech, s.index, false);
        if (i > s.firstToken && toks.get(i - 1).is("es") && (i + 1 >= s.endToken || toks.get(i + 1).isPunct() || toks.get(i + 1).isAny("aus", "in", "im", "von", "vom", "dazu", "weiter", "am", "zudem", "auch")))
            return new Cue(Cue.Kind.HIESS_ES, i - 1, i + 1, -1, "heißen es", Medium.Speech, s.index, false);
        return null;
    }

    /** A German speech verb at token {@code i}, with its separable particle ("teilte … mit"). */
    private Cue germanVerb(Document doc, Sentence s, int i) {
        List<Token> toks = doc.tokens;
        Token t = toks.get(i);
        Token next = i + 1 < s.endToken ? toks.get(i + 1) : null;
        if (t.isCapitalized() && i > s.firstToken && !toks.get(i - 1).isAny(".", ":", "„", "\"")) return null; // nouns
        if (!t.isVerb()) return null;
        if (t.tags.contains("ADJ:") && !t.tags.contains("VER:")) return null;
        String lemma = t.verbLemma != null ? t.verbLemma : t.lemma;
        // "gelobt" reads as geloben first; loben's participle is the speech verb
        // ("geraten" stays "in … geraten": it means raten far less often than getting into something)
        if (lexicon.german(lemma) == null && t.otherVerbLemma != null && lexicon.german(t.otherVerbLemma) != null
                && !FIRST_READING.contains(t.lower())) lemma = t.otherVerbLemma;
        if (next != null && next.verbLemma != null && lexicon.german(next.verbLemma) != null && !next.isCapitalized()) return null;
        // separable particle at the end of the clause: "teilte … mit", "fügte … hinzu", "schlägt … vor"
        int end = clauseEnd(doc, s, i);
        int particle = -1;
        if (end - 1 > i) {
            Token last = toks.get(end - 1);
            if (CueLexicon.PARTICLES.contains(last.lower()) && lexicon.german(last.lower() + lemma) != null) {
                particle = end - 1;
                lemma = last.lower() + lemma;
            }
        }
        int cueStart = i;
        if (particle < 0 && i > s.firstToken && CueLexicon.PARTICLES.contains(toks.get(i - 1).lower())
                && lexicon.german(toks.get(i - 1).lower() + lemma) != null) {
            lemma = toks.get(i - 1).lower() + lemma;
            cueStart = i - 1;
        }
        CueLexicon.Entry e = lexicon.german(lemma);
        if (e == null) return null;
        if (cueStart < i) return new Cue(Cue.Kind.VERB, cueStart, i + 1, -1, e.lemma(), e.medium(), s.index, e.act());
        if (particle < 0 && lexicon.germanBase(lemma) && lexicon.german(lemma) == null) return null;
        return new Cue(Cue.Kind.VERB, i, i + 1, particle, e.lemma(), e.medium(), s.index, e.act());
    }

    private Cue english(Document doc, Sentence s, int i) {
        List<Token> toks = doc.tokens;
        Token t = toks.get(i);
        String l = t.lower();
        if (l.equals("according") && i + 1 < s.endToken && toks.get(i + 1).lower().equals("to"))
            return new Cue(Cue.Kind.ACCORDING_TO, i, i + 2, -1, "according to", Medium.Speech, s.index, false);
        CueLexicon.Entry e = lexicon.english(l);
        if (e == null) return null;
        if (t.isCapitalized() && i > s.firstToken) return null;
        // "call" and "point" only as "called for"/"pointed out"
        // … or "X called the talks “useful”" (a quoted judgement, see rules.JudgementQuote)
        if (e.lemma().equals("call") && !(i + 1 < s.endToken && toks.get(i + 1).isAny("for", "on")) && !judgementQuoteAfter(toks, s, i)) return null;
        if (e.lemma().equals("point") && !(i + 1 < s.endToken && toks.get(i + 1).is("out"))) return null;
        if (e.lemma().equals("post") || e.lemma().equals("report") && i > s.firstToken && toks.get(i - 1).isAny("a", "the", "this")) return null;
        return new Cue(Cue.Kind.VERB, i, i + 1, -1, e.lemma(), e.medium(), s.index, e.act());
    }

    /** "called the talks “useful”": an opening quote after a noun, at most eight words after "called", no punctuation between */
    private static boolean judgementQuoteAfter(List<Token> toks, Sentence s, int i) {
        if (!toks.get(i).lower().equals("called") || i == s.firstToken) return false;
        boolean noun = false;
        for (int k = i + 1; k < Math.min(s.endToken, i + 9); k++) {
            Token t = toks.get(k);
            if (t.isAny("“", "\"")) return noun;
            if (!t.isWord()) return false;
            noun = !t.isAny("the", "a", "an", "it", "them", "him", "her", "his", "their", "its") || t.isAny("it", "them");
        }
        return false;
    }

    /** end (exclusive token index) of the clause holding token i: the next , ; : – or quote mark, or sentence end */
    public static int clauseEnd(Document doc, Sentence s, int i) {
        for (int k = i + 1; k < s.endToken; k++) {
            if (isClauseBoundary(doc.tokens.get(k)) && !abbreviationDot(doc, s, k)) return k;
        }
        return s.endToken;
    }

    public static int clauseStart(Document doc, Sentence s, int i) {
        for (int k = i - 1; k >= s.firstToken; k--) {
            if (isClauseBoundary(doc.tokens.get(k)) && !abbreviationDot(doc, s, k)) return k + 1;
        }
        return s.firstToken;
    }

    /** the dots of "U.S." or "U.S.-led" inside a sentence: written between letters without a space, no boundary */
    static boolean abbreviationDot(Document doc, Sentence s, int k) {
        List<Token> tk = doc.tokens;
        Token t = tk.get(k);
        if (!t.is(".") || k <= s.firstToken || k + 1 >= s.endToken) return false;
        Token p = tk.get(k - 1), n = tk.get(k + 1);
        if (!(p.end == t.start && p.isWord() && p.text.length() <= 2 && p.isCapitalized())) return false;
        // the last dot of "U.S." before "Secretary": dotted initials stay together whatever follows
        boolean initials = k - 2 >= s.firstToken && tk.get(k - 2).is(".") && tk.get(k - 2).end == p.start;
        return initials || n.start == t.end && (n.isWord() || n.is("-")) || n.start > t.end && !n.isCapitalized();
    }

    public static boolean isClauseBoundary(Token t) {
        if (t.text.length() != 1 || t.inSpeakerPhrase) return false;
        char c = t.text.charAt(0);
        return c == ',' || c == ';' || c == ':' || c == '–' || c == '—' || c == '.' || c == '!' || c == '?'
                || c == '„' || c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '(' || c == ')';
    }

    /** the sentence has "hieß es"/"heißt es", whose rule reads its "aus …" source itself */
    private static boolean hiessEs(List<Token> toks, Sentence s) {
        for (int k = s.firstToken; k < s.endToken; k++) if (toks.get(k).isAny("hieß", "heißt", "hieß's")) return true;
        return false;
    }

    public static boolean isDeterminer(String l) {
        return switch (l) {
            case "der", "die", "das", "des", "dem", "den", "ein", "eine", "einem", "eines", "einer", "einen" -> true;
            // demonstratives ("laut diesem Entwurf", "nach dieser Analyse"; issue 13, h13)
            case "dieser", "diese", "dieses", "diesem", "diesen" -> DEMONSTRATIVES;
            default -> isPossessive(l);
        };
    }

    public static boolean isPossessive(String l) {
        return l.startsWith("sein") || l.startsWith("ihr") || l.startsWith("eigen") || l.startsWith("unser");
    }
}
