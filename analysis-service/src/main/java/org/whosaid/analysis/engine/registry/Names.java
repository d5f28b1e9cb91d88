package org.whosaid.analysis.engine.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.codec.language.ColognePhonetic;
import org.whosaid.analysis.engine.lang.BoundedMemo;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Name normalisation and comparison for the person registry: diacritics folding, a transliteration-neutral form
 * (Selenskyj / Selenskij / Zelensky / Zelenskyy → "selensky"), Kölner Phonetik keys for lookup, Beider–Morse
 * phonetic matching as a second opinion, and first-name equivalence (nicknames, initials, transliterations).
 */
public final class Names {

    private static final ColognePhonetic COLOGNE = new ColognePhonetic();
    private static final PhoneticEngine BEIDER_MORSE = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);
    /** compiled once: these run for every capitalised word the name finder looks at */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2009]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER_DIGIT_SPACE = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1");

    /** Groups of first names that name the same person (nicknames and transliterations), in normalised form. */
    private static final String[][] FIRST_NAME_GROUPS = {
            {"steve", "steven", "stephen", "stefan", "stephan"},
            {"bill", "billy", "william", "will", "willy"},
            {"bob", "bobby", "robert", "rob", "robby"},
            {"mike", "michael", "mick", "mikhail", "michail", "mychaylo", "mykhaylo"},
            {"jim", "jimmy", "james", "jamie"},
            {"joe", "joseph", "josef", "joey"},
            {"tom", "thomas", "tommy"},
            {"dick", "richard", "rick", "ricky"},
            {"chris", "christopher", "christoph"},
            {"dan", "daniel", "danny"},
            {"alex", "alexander", "aleksandr", "alexandr", "oleksandr", "olexandr", "sasha"},
            {"nick", "nicholas", "nikolai", "nikolay", "mykola", "nikolaus", "klaus"},
            {"tony", "anthony", "antony", "anton"},
            {"ben", "benjamin"},
            {"don", "donald"},
            {"ted", "edward", "ed", "eddie"},
            {"andy", "andrew", "andreas", "andrey", "andrei", "andriy", "andry", "andre"},
            {"sam", "samuel"},
            {"liz", "elizabeth", "elisabeth", "beth"},
            {"kate", "katherine", "catherine", "katharina", "katy"},
            {"matt", "matthew", "matthias"},
            {"pete", "peter", "petro", "pyotr"},
            {"dave", "david"},
            {"jeff", "jeffrey", "geoffrey"},
            {"jon", "jonathan", "john", "johnny", "johannes", "hans"},
            {"ron", "ronald"},
            {"tim", "timothy"},
            {"vladimir", "volodymyr", "vladymyr", "valdimir"},
            {"yury", "yuri", "yuriy", "yurii", "yurij", "juri", "georgy"},
            {"sergey", "sergei", "serhiy", "serhy", "serhiy", "sergiy"},
            {"alexey", "alexei", "aleksey", "aleksei", "oleksiy", "oleksy"},
            {"dmitry", "dmitri", "dmytro", "dimitri"},
            {"mary", "maria", "marie"},
            {"karoline", "caroline", "karolina", "carolina"},
            {"rustem", "rustam"},
    };
    private static final Map<String, Integer> FIRST_NAME_GROUP = new HashMap<>();

    static {
        for (int g = 0; g < FIRST_NAME_GROUPS.length; g++) {
            for (String n : FIRST_NAME_GROUPS[g]) {
                FIRST_NAME_GROUP.put(translit(n), g);
            }
        }
    }

    /** knownFirstName asked for every capitalised word: the answers for the words met recently */
    private static final BoundedMemo<String, Boolean> KNOWN_FIRST_NAME =
            new BoundedMemo<>(20_000, w -> FIRST_NAME_GROUP.containsKey(translit(w)));

    private Names() {
    }

    /** Whitespace (including no-break and narrow spaces) collapsed to single spaces, trimmed; null stays null. */
    public static String clean(String s) {
        return s == null ? null : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Lower-cased, diacritics removed, ß → ss, whitespace collapsed. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = MARKS.matcher(Normalizer.normalize(clean(s), Normalizer.Form.NFD)).replaceAll("");
        n = n.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d");
        return WHITESPACE.matcher(n).replaceAll(" ").trim();
    }

    /**
     * A transliteration-neutral form of a name part: German and English spellings of Slavic names meet
     * (Selenskyj, Selenskij, Zelensky, Zelenskyy → "selensky"; Umjerow, Umerov → "umyerov"/"umerov").
     */
    public static String translit(String s) {
        String n = NOT_LETTER_DIGIT_SPACE.matcher(fold(s)).replaceAll("");
        n = n.replace("tsch", "ch").replace("sch", "sh").replace("tch", "ch").replace("zh", "sh")
                .replace("ck", "k").replace("ph", "f").replace("ks", "x").replace("w", "v").replace("z", "s")
                .replace("j", "y").replace("c", "k");
        n = n.replace("iy", "y").replace("ii", "y").replace("yy", "y").replace("ij", "y");
        n = DOUBLED.matcher(n).replaceAll("$1");
        return n;
    }

    /** Kölner Phonetik of the transliteration-neutral surname: the indexed lookup key of the registry. */
    public static String phoneticKey(String surname) {
        String t = translit(surname);
        String key = COLOGNE.colognePhonetic(t);
        if (key == null || key.isEmpty()) {
            key = t;
        }
        return key.length() > 60 ? key.substring(0, 60) : key;
    }

    /** Same surname: equal transliteration-neutral forms, a small edit distance, or overlapping Beider–Morse codes. */
    public static boolean sameSurname(String a, String b) {
        String ta = translit(a);
        String tb = translit(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        if (ta.equals(tb)) {
            return true;
        }
        int d = levenshtein(ta, tb);
        int len = Math.min(ta.length(), tb.length());
        if (len >= 5 && d <= Math.max(1, len / 5)) {
            return true;
        }
        return len >= 5 && d <= 2 && beiderMorseOverlap(a, b);
    }

    static boolean beiderMorseOverlap(String a, String b) {
        Set<String> ca = Set.of(BEIDER_MORSE.encode(fold(a)).split("\\|"));
        for (String code : BEIDER_MORSE.encode(fold(b)).split("\\|")) {
            if (ca.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** whether {@code w} is a first name of the nickname/transliteration groups ("Steven", "Juri", "Mike") */
    public static boolean knownFirstName(String w) {
        return w != null && !w.isBlank() && KNOWN_FIRST_NAME.get(w);
    }

    /** How two first names relate. */
    public enum FirstNames { SAME, UNKNOWN, DIFFERENT }

    /** SAME: equal, nickname/transliteration of each other, or an initial; UNKNOWN: one is missing; else DIFFERENT. */
    public static FirstNames firstNames(String a, String b) {
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            return FirstNames.UNKNOWN;
        }
        String ta = translit(a.split("[ -]")[0]);
        String tb = translit(b.split("[ -]")[0]);
        if (ta.isEmpty() || tb.isEmpty()) {
            return FirstNames.UNKNOWN;
        }
        if (ta.equals(tb)) {
            return FirstNames.SAME;
        }
        boolean initialA = a.trim().length() <= 2 || a.trim().endsWith(".") && a.trim().length() <= 3;
        boolean initialB = b.trim().length() <= 2 || b.trim().endsWith(".") && b.trim().length() <= 3;
        if ((initialA || initialB) && ta.charAt(0) == tb.charAt(0)) {
            return FirstNames.SAME;
        }
        Integer ga = FIRST_NAME_GROUP.get(ta);
        Integer gb = FIRST_NAME_GROUP.get(tb);
        if (ga != null && ga.equals(gb)) {
            return FirstNames.SAME;
        }
        if (Math.min(ta.length(), tb.length()) >= 4 && levenshtein(ta, tb) <= 1) {
            return FirstNames.SAME;
        }
        return FirstNames.DIFFERENT;
    }

    /** Splits a full person name into first name(s) and surname: the last token is the surname. */
    public static String[] split(String fullName) {
        String n = fullName == null ? "" : clean(fullName);
        int i = n.lastIndexOf(' ');
        if (i < 0) {
            return new String[]{null, n};
        }
        return new String[]{n.substring(0, i), n.substring(i + 1)};
    }

    /** Word tokens of a text, folded, for the search index and role comparison. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
