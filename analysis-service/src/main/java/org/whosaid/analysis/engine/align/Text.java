package org.whosaid.analysis.engine.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokens with language-normalised terms for German (lemmas, compound parts) and English (stems). */
final class Text {
    /** One token. term = normalised content term or null (stop word, punctuation, number). */
    record Tok(String surface, int start, int end, boolean initial, boolean number, boolean capital, String term,
            List<String> parts, boolean name, boolean firstName, boolean place, boolean negation, int clause) {
        /** The same word as a stop word (no term). */
        Tok withoutTerm() {
            return new Tok(surface, start, end, initial, number, capital, null, parts, name, firstName, place, negation, clause);
        }
    }

    static final Pattern TOKEN = Pattern.compile(
            "(\\p{N}+(?:[.,]\\p{N}+)*)|(\\p{L}[\\p{L}\\p{M}'’]*)|([.!?:;„“\"«»‚‘›‹”,–—()])");
    /** Punctuation that ends a clause (for the scope of a negation); quotation marks do not. */
    private static final String CLAUSE_PUNCT = ".!?:;,–—()";
    /** Conjunctions that start another clause. */
    static final Set<String> CLAUSE_WORDS = set("aber", "sondern", "doch", "jedoch", "während", "obwohl", "weil", "und",
            "oder", "but", "however", "although", "though", "while", "whereas", "because", "and", "or");
    /** Roles and titles (suffix match: Außenminister, Gewerkschaftschefin, presidential adviser). */
    static final Pattern ROLE = Pattern.compile("(minister|ministerin|präsident|präsidentin|president|presidential|premier|"
            + "prime|kanzler|kanzlerin|chancellor|sprecher|sprecherin|spokesman|spokeswoman|spokesperson|berater|beraterin|"
            + "adviser|advisor|sekretär|sekretärin|secretary|botschafter|botschafterin|ambassador|chef|chefin|chief|"
            + "leiter|leiterin|head|gouverneur|governor|bürgermeister|bürgermeisterin|mayor|senator|senatorin|envoy|"
            + "gesandte|gesandter|beauftragte|beauftragter|direktor|direktorin|director|vorsitzende|vorsitzender|chair|"
            + "chairman|chairwoman|general|leader|executive|official|biologin|biologe|biologist|betriebsrat|rat|council)$");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    static final Set<String> DE_STOP = set(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder",
            "aber", "doch", "denn", "sondern", "als", "wie", "wenn", "weil", "dass", "daß", "ob", "so", "auch", "noch",
            "schon", "nur", "sehr", "mehr", "viel", "man", "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "mir",
            "dich", "dir", "ihn", "ihm", "uns", "euch", "ihnen", "sich", "mein", "dein", "sein", "unser", "euer",
            "dies", "dieser", "diese", "dieses", "jener", "welcher", "welche", "was", "wer", "wo", "hier", "dort", "da",
            "dann", "jetzt", "nun", "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom",
            "zu", "zum", "zur", "für", "über", "unter", "vor", "hinter", "neben", "zwischen", "durch", "gegen", "ohne",
            "um", "bis", "seit", "während", "wegen", "trotz", "haben", "werden", "können", "müssen", "sollen",
            "wollen", "dürfen", "mögen", "möchten", "sagen", "erklären", "betonen", "etwa", "rund", "alle", "aller",
            "jeder", "jede", "jedes", "andere", "anderer", "ganz", "immer", "bereits", "sowie", "zudem", "dabei",
            "dafür", "darauf", "daran", "darüber", "davon", "dazu", "damit", "hin", "her", "ja", "nein", "eben",
            "gar", "wohl", "mal", "einmal", "also", "zwar", "selbst", "laut", "gestern", "heute", "morgen", "uhr",
            "geben", "gehen", "machen", "kommen", "lassen", "stehen", "nicht", "kein", "keine", "nie", "niemals",
            "nichts", "ihrer", "seiner", "deren", "dessen", "worden", "wurde", "ist", "sind", "war", "hat", "hatte",
            // attribution words inside indirect renderings ("nach Angaben des …", "X zufolge", "er sprach von …")
            "angabe", "angaben", "zufolge", "demnach", "sprechen", "äußern", "mitteilen", "hinzufügen", "fügen",
            "anfügen", "ergänzen",
            // quantifiers, as "some", "few" and "several" are English stop words ("einige" is no form of "sich einigen")
            "einige", "einiger", "einiges", "mehrere", "wenige", "manche");
    static final Set<String> EN_STOP = set(
            "the", "a", "an", "and", "or", "but", "if", "then", "than", "as", "of", "to", "in", "on", "at", "by",
            "for", "from", "with", "about", "into", "over", "under", "after", "before", "between", "through",
            "against", "without", "during", "since", "until", "up", "down", "out", "off", "again", "further", "this",
            "that", "these", "those", "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their",
            "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "where",
            "when", "why", "how", "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "have",
            "has", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "so", "too", "very", "also", "just", "only", "all", "any", "both", "each", "few", "more",
            "most", "other", "some", "such", "own", "same", "said", "say", "says", "saying", "told", "tell", "added",
            "stressed", "now", "yesterday", "today", "tomorrow", "not", "no", "never", "nothing", "none", "nor",
            "per", "cent", "percent", "around", "about", "some", "well", "really", "even", "still", "whether",
            "that's", "it's", "there's", "we're", "they're", "i'm", "we've", "i've", "they've", "you've", "i'd", "we'd",
            "they'd", "i'll", "we'll", "they'll", "let", "lets", "get", "got", "make",
            "made", "one", "ones", "way", "thing", "things",
            // degree and motion words of idioms ("so far", "go through", "far from"): dozens of German translations each
            "far", "go", "goes", "going", "went", "gone",
            // speech verbs of the frame around a reported rendering ("he spoke of …", "adding that …")
            "speak", "speaks", "spoke", "spoken", "speaking", "add", "adds", "adding", "noted", "noting", "remarked");
    static final Set<String> DE_NEG = set("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie",
            "niemals", "nichts", "weder");
    static final Set<String> EN_NEG = set("not", "no", "never", "nothing", "none", "neither", "nor", "cannot");
    static final Set<String> EN_NONAME = set("i", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "the", "a", "an", "we", "it",
            "this", "that", "but", "and", "he", "she", "they", "there", "in", "on", "at", "if", "as", "our", "my");

    private Text() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** "de" for German, "en" otherwise; null or unknown languages are guessed from function words. */
    static String lang(String language, String text) {
        if (language != null) {
            String l = language.toLowerCase(Locale.ROOT);
            if (l.startsWith("de")) return "de";
            if (l.startsWith("en")) return "en";
        }
        if (text == null) return "en";
        int de = 0, en = 0;
        Matcher m = TOKEN.matcher(text);
        int n = 0;
        while (m.find() && n < 60) {
            if (m.group(3) != null) continue;
            n++;
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.equals("der") || w.equals("die") || w.equals("und") || w.equals("nicht") || w.equals("ist")
                    || w.equals("das") || w.equals("wir") || w.equals("mit")) de++;
            if (w.equals("the") || w.equals("and") || w.equals("not") || w.equals("is") || w.equals("we")
                    || w.equals("of") || w.equals("with")) en++;
        }
        return de > en ? "de" : "en";
    }

    /** Lower case, diacritics removed, ß → ss. */
    static String fold(String s) {
        String l = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
        boolean ascii = true;
        for (int i = 0; i < l.length(); i++) if (l.charAt(i) > 127) { ascii = false; break; }
        if (ascii) return l;
        return COMBINING.matcher(Normalizer.normalize(l, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The words and numbers of a text with their clause (counted at clause punctuation and conjunctions) and whether
     * each starts a sentence or quotation; punctuation itself is no token. E.g. "Wir bauen, aber langsam." gives four
     * tokens, "aber" and "langsam" in clause 2.
     */
    static List<Tok> tokens(String text, String lang) {
        List<Tok> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        boolean de = "de".equals(lang);
        GermanMorph morph = de ? GermanMorph.get() : null;
        Matcher m = TOKEN.matcher(text);
        boolean initial = true;
        int clause = 0;
        while (m.find()) {
            if (m.group(3) != null) {
                String p = m.group(3);
                if (CLAUSE_PUNCT.contains(p)) clause++;
                if (".!?:;".contains(p) || "„“\"«»‚‘›‹”".contains(p)) initial = true;
                continue;
            }
            String s = m.group();
            if (m.group(1) != null) {
                out.add(new Tok(s, m.start(), m.end(), initial, true, false, null, List.of(), false, false, false, false, clause));
                initial = false;
                continue;
            }
            String lower = s.toLowerCase(Locale.ROOT).replace('’', '\''); // "we’ve" is "we've"
            if (CLAUSE_WORDS.contains(lower)) clause++;
            if (lower.endsWith("'s")) lower = lower.substring(0, lower.length() - 2);
            Tok t = de ? german(s, lower, m.start(), m.end(), initial, clause, morph)
                    : english(s, lower, m.start(), m.end(), initial, clause, text);
            out.add(de && lower.equals("einigen") && beforeNoun(text, m.end()) ? t.withoutTerm() : t);
            initial = false;
        }
        return out;
    }

    /**
     * A German word: its lemma as term (none for a stop word), its compound parts, and for a capitalised word whether it
     * is a name, a first name or a place. E.g. in "Das sagte Almstedt nicht", "nicht" is a negation without a term and
     * "Almstedt", unknown to the dictionary and not first in the sentence, is a name.
     */
    private static Tok german(String s, String lower, int start, int end, boolean initial, int clause, GermanMorph morph) {
        boolean capital = Character.isUpperCase(s.charAt(0));
        boolean name = false, first = false, place = false;
        boolean neg = DE_NEG.contains(lower);
        GermanMorph.Info info = morph.info(s);
        String term = DE_STOP.contains(lower) || DE_STOP.contains(info.lemma()) || s.length() < 2 ? null : info.lemma();
        if (capital && !DE_STOP.contains(lower)) {
            name = !ROLE.matcher(lower).find() && ((info.properName() && !info.noun())
                    || (!info.known() && !info.noun() && (!initial || s.length() > 3))
                    || (info.properName() && !initial));
            first = info.firstName() && !info.noun();
            place = info.place();
        }
        return new Tok(s, start, end, initial, false, capital, term, info.parts(), name, first, place, neg, clause);
    }

    /**
     * An English word: its stem as term (none for a stop word or a negation), and whether a capitalised word inside a
     * sentence is a name. E.g. in "the council failed to agree", "failed" is a negation; in "said Almstedt", "Almstedt"
     * is a name.
     */
    private static Tok english(String s, String lower, int start, int end, boolean initial, int clause, String text) {
        boolean capital = Character.isUpperCase(s.charAt(0));
        boolean neg = EN_NEG.contains(lower) || lower.endsWith("n't") || failsTo(lower, text, end);
        String term = EN_STOP.contains(lower) || neg || lower.length() < 2 ? null : EnglishStemmer.stem(lower);
        boolean name = capital && !initial && !EN_NONAME.contains(lower) && !ROLE.matcher(lower).find();
        return new Tok(s, start, end, initial, false, capital, term, List.of(), name, false, false, neg, clause);
    }

    /** Whether the next word starts with a capital: "einigen Punkten" is a quantifier, "sich einigen" the verb. */
    private static boolean beforeNoun(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** English verbs that deny the verb after them when followed by "to" ("failed to reach" = did not reach). */
    private static final Set<String> EN_FAIL = set("fail", "fails", "failed", "failing");

    /** Whether the word is a form of "fail" followed by "to": a negation ("both teams failed to agree", invented). */
    static boolean failsTo(String lower, String text, int end) {
        return EN_FAIL.contains(lower) && text.regionMatches(true, end, " to ", 0, 4);
    }

    private static final Pattern DE_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern EN_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");

    /** "1.000" (de) / "1,000" (en) → "1000"; "3,5" (de) → "3.5". */
    static String number(String s, String lang) {
        if ("de".equals(lang)) {
            if (DE_THOUSANDS.matcher(s).matches()) return s.replace(".", "");
            return stripZero(s.replace(',', '.'));
        }
        if (EN_THOUSANDS.matcher(s).matches()) return s.replace(",", "");
        return stripZero(s.replace(",", ""));
    }

    private static String stripZero(String s) {
        if (s.indexOf('.') < 0) return s;
        String t = s.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
