package org.whosaid.analysis.engine.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * German↔English dictionary (Debian package trans-de-en) and German synonyms (Debian package
 * openthesaurus-de-text), read at run time from the installed files, never copied into the repository.
 * A missing file turns its signal off; {@link #status()} says which signals are on.
 * Immutable after loading and safe to share between threads; {@link #standard()} loads once per JVM.
 */
public final class Lexicon {
    public static final Path DEFAULT_DE_EN = Path.of("/usr/share/trans/de-en");
    public static final Path DEFAULT_THESAURUS = Path.of("/usr/share/openthesaurus-de/openthesaurus.txt");
    /** English words with more German translations than this are too vague to count as a match. */
    static final int MAX_FANOUT = 200;
    private static final int MAX_SYNSET = 12;
    private static volatile Lexicon standard;

    private final Map<String, int[]> enToDe;      // English stem → sorted German word ids
    private final Map<String, int[]> enBaseToDe;  // English stem → ids for its base word alone, where they differ (found)
    private final Map<String, Integer> deIds;     // German lower-case word → id
    private final String[] deWords;               // id → German word
    private final Map<String, int[]> synsets;     // German lower-case word → sorted synset ids
    private final Map<String, String[]> phrases;  // German word → English stems of a 2–3 word English phrase (Laichgründe → spawn, ground)
    private final String deEnStatus;
    private final String synonymsStatus;

    private Lexicon(Map<String, int[]> enToDe, Map<String, int[]> enBaseToDe, Map<String, Integer> deIds, String[] deWords,
            Map<String, String[]> phrases, String deEnStatus, Map<String, int[]> synsets, String synonymsStatus) {
        this.phrases = phrases;
        this.enToDe = enToDe;
        this.enBaseToDe = enBaseToDe;
        this.deIds = deIds;
        this.deWords = deWords;
        this.deEnStatus = deEnStatus;
        this.synsets = synsets;
        this.synonymsStatus = synonymsStatus;
    }

    /** Loads both files; a missing or unreadable file switches its signal off. */
    public static Lexicon load(Path deEnFile, Path thesaurusFile) {
        Bilingual d = readDictionary(deEnFile);
        Synonyms t = readThesaurus(thesaurusFile);
        return new Lexicon(d.enToDe(), d.enBaseToDe(), d.deIds(), d.deWords(), d.phrases(), d.status(), t.synsets(), t.status());
    }

    /** What the German↔English dictionary gives (the maps as in the fields of the same names), and its status line. */
    private record Bilingual(Map<String, int[]> enToDe, Map<String, int[]> enBaseToDe, Map<String, Integer> deIds,
            String[] deWords, Map<String, String[]> phrases, String status) {
        /** No dictionary, for the reason the status gives. */
        static Bilingual off(String status) {
            return new Bilingual(Map.of(), Map.of(), Map.of(), new String[0], Map.of(), status);
        }
    }

    /** What the thesaurus gives: German lower-case word → sorted synset ids, and its status line. */
    private record Synonyms(Map<String, int[]> synsets, String status) {
    }

    /** Reads trans-de-en and adds the general vocabulary; off when the file is missing or unreadable. */
    private static Bilingual readDictionary(Path deEnFile) {
        if (deEnFile == null || !Files.isReadable(deEnFile)) {
            return Bilingual.off("off (" + (deEnFile == null ? "no file given"
                    : deEnFile + " missing: apt-get install trans-de-en") + ")");
        }
        try {
            Map<String, List<Integer>> tmp = new HashMap<>(1 << 18);
            Map<String, List<Integer>> byWord = new HashMap<>(1 << 18);
            Map<String, Integer> ids = new HashMap<>(1 << 18);
            List<String> words = new ArrayList<>(1 << 18);
            Map<String, java.util.Set<String>> ph = new HashMap<>(1 << 16);
            try (BufferedReader r = Files.newBufferedReader(deEnFile, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) addDictionaryLine(line, tmp, byWord, ids, words, ph);
            }
            int general = addGeneralVocabulary(tmp, byWord, ids, words, ph);
            Map<String, String[]> phOut = new HashMap<>(ph.size() * 2);
            ph.forEach((k, v) -> phOut.put(k, v.toArray(new String[0])));
            Map<String, int[]> out = sortedIds(tmp);
            Map<String, int[]> base = baseWords(out, sortedIds(byWord), words);
            String status = "on (" + out.size() + " English stems, " + ids.size() + " German words from " + deEnFile
                    + " and " + general + " general word pairs of " + GENERAL_VOCABULARY + ")";
            return new Bilingual(out, base, ids, words.toArray(new String[0]), phOut, status);
        } catch (IOException | RuntimeException e) {
            return Bilingual.off("off (" + deEnFile + " unreadable: " + e.getMessage() + ")");
        }
    }

    /** Reads openthesaurus-de-text into synsets; off when the file is missing or unreadable. */
    private static Synonyms readThesaurus(Path thesaurusFile) {
        if (thesaurusFile == null || !Files.isReadable(thesaurusFile)) {
            return new Synonyms(Map.of(), "off (" + (thesaurusFile == null ? "no file given"
                    : thesaurusFile + " missing: apt-get install openthesaurus-de-text") + ")");
        }
        try {
            Map<String, List<Integer>> tmp = new HashMap<>(1 << 17);
            int id = 0;
            try (BufferedReader r = Files.newBufferedReader(thesaurusFile, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) if (addSynsetLine(line, id + 1, tmp)) id++;
            }
            Map<String, int[]> out = new HashMap<>(tmp.size() * 2);
            for (Map.Entry<String, List<Integer>> e : tmp.entrySet())
                out.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).distinct().sorted().toArray());
            return new Synonyms(out, "on (" + out.size() + " words in " + id + " synsets from " + thesaurusFile + ")");
        } catch (IOException | RuntimeException e) {
            return new Synonyms(Map.of(), "off (" + thesaurusFile + " unreadable: " + e.getMessage() + ")");
        }
    }

    /**
     * One thesaurus line: a synset of 2 to {@link #MAX_SYNSET} entries lists its single words (lower case) under
     * {@code id} in {@code tmp}. False for a comment, a blank line or a synset too small or too large, which takes no id.
     */
    private static boolean addSynsetLine(String line, int id, Map<String, List<Integer>> tmp) {
        if (line.startsWith("#") || line.isBlank()) return false;
        List<String> parts = splitOn(line, ";");
        if (parts.size() < 2 || parts.size() > MAX_SYNSET) return false;
        for (String p : parts) {
            String w = clean(p);
            if (!singleWord(w)) continue;
            tmp.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>(2)).add(id);
        }
        return true;
    }

    /** Letters a German translation of a derived word shares with one of the base word's own to count as related. */
    static final int RELATED_PREFIX = 5;

    /**
     * For each stem whose dictionary words include derived ones (foundation, presently): the translations of its base
     * word (found, present), plus those of the derived words that begin like one of them (agreement's Einigung
     * with agree's einigen), so the base word does not borrow a derived word's other sense (found is not Grundlage).
     * Only stems where this differs from {@code byStem}.
     */
    private static Map<String, int[]> baseWords(Map<String, int[]> byStem, Map<String, int[]> byKey, List<String> words) {
        Map<String, int[]> out = new HashMap<>();
        for (Map.Entry<String, int[]> e : byStem.entrySet()) {
            int[] base = byKey.get(e.getKey());
            int[] all = e.getValue();
            if (base == null || base.length == all.length) continue;
            java.util.Set<String> prefixes = new java.util.HashSet<>(base.length * 2);
            for (int id : base) prefixes.add(prefix(words.get(id)));
            int[] kept = Arrays.stream(all)
                    .filter(id -> Arrays.binarySearch(base, id) >= 0 || prefixes.contains(prefix(words.get(id))))
                    .toArray();
            if (kept.length < all.length) out.put(e.getKey(), kept);
        }
        return out;
    }

    private static String prefix(String germanLower) {
        return germanLower.length() <= RELATED_PREFIX ? germanLower : germanLower.substring(0, RELATED_PREFIX);
    }

    private static Map<String, int[]> sortedIds(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        for (Map.Entry<String, List<Integer>> e : lists.entrySet())
            out.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).distinct().sorted().toArray());
        return out;
    }

    /** General word pairs the installed dictionary lacks (Gespräch :: discussion), in its format, from the classpath. */
    static final String GENERAL_VOCABULARY = "/engine/align-de-en.txt";

    /** Adds the lines of {@link #GENERAL_VOCABULARY} as dictionary lines; returns how many it read (0 when absent). */
    private static int addGeneralVocabulary(Map<String, List<Integer>> enToDe, Map<String, List<Integer>> byWord,
            Map<String, Integer> ids, List<String> words, Map<String, java.util.Set<String>> phrases) throws IOException {
        java.io.InputStream in = Lexicon.class.getResourceAsStream(GENERAL_VOCABULARY);
        if (in == null) return 0;
        int n = 0;
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                addDictionaryLine(line, enToDe, byWord, ids, words, phrases);
                n++;
            }
        }
        return n;
    }

    private static void addDictionaryLine(String line, Map<String, List<Integer>> enToDe, Map<String, List<Integer>> byWord,
            Map<String, Integer> ids, List<String> words, Map<String, java.util.Set<String>> phrases) {
        if (line.isEmpty() || line.charAt(0) == '#') return;
        int sep = line.indexOf(" :: ");
        if (sep < 0) return;
        List<String> de = splitOn(line.substring(0, sep), " | ");
        List<String> en = splitOn(line.substring(sep + 4), " | ");
        int n = Math.min(de.size(), en.size());
        for (int i = 0; i < n; i++) {
            List<String> deAlts = alternatives(de.get(i), false);
            if (deAlts.isEmpty()) continue;
            List<String> enAlts = alternatives(en.get(i), true);
            List<String> enKeys = alternatives(en.get(i), null);
            if (deAlts.size() <= 3) {
                for (List<String> phrase : phrases(en.get(i))) {
                    for (String d : deAlts) phrases.computeIfAbsent(d, k -> new java.util.HashSet<>(4)).addAll(phrase);
                }
            }
            for (String e : enAlts) index(enToDe.computeIfAbsent(e, k -> new ArrayList<>(2)), deAlts, ids, words);
            for (String e : enKeys) index(byWord.computeIfAbsent(e, k -> new ArrayList<>(2)), deAlts, ids, words);
        }
    }

    private static void index(List<Integer> target, List<String> deAlts, Map<String, Integer> ids, List<String> words) {
        for (String d : deAlts) {
            Integer id = ids.get(d);
            if (id == null) {
                id = words.size();
                ids.put(d, id);
                words.add(d);
            }
            target.add(id);
        }
    }

    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("etw.", "jdn.", "jdm.", "jds.", "sich",
            "sth.", "sb.", "sb.'s", "oneself", "one's", "to");

    /**
     * Prepositions that belong to an object placeholder ("to discuss sth. with sb.", "etw. mit jdm. besprechen"):
     * dropped with it, so the entry still gives the single word.
     */
    private static final java.util.Set<String> PLACEHOLDER_PREPOSITIONS = java.util.Set.of("with", "about", "on",
            "for", "from", "to", "into", "at", "of", "by", "upon", "mit", "über", "von", "an", "auf", "für", "zu", "bei",
            "gegen", "um", "vor", "nach", "aus", "in");

    /**
     * Drops {…} […] (…) <…> annotations and object placeholders (with a preposition right after one: "sth. with sb.");
     * collapses spaces. No regex: runs 10^6 times.
     */
    static String clean(String alt) {
        StringBuilder b = new StringBuilder(alt.length());
        int depth = 0;
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (c == '{' || c == '[' || c == '(' || c == '<') depth++;
            else if (c == '}' || c == ']' || c == ')' || c == '>') {
                if (depth > 0) depth--;
                b.append(' ');
            } else if (depth == 0) b.append(c);
        }
        StringBuilder out = new StringBuilder(b.length());
        int i = 0, n = b.length();
        boolean afterPlaceholder = false;
        while (i < n) {
            while (i < n && b.charAt(i) == ' ') i++;
            int j = i;
            while (j < n && b.charAt(j) != ' ') j++;
            if (j > i) {
                String w = b.substring(i, j);
                boolean placeholder = PLACEHOLDERS.contains(w) && !w.equals("to");
                if (placeholder) afterPlaceholder = true;
                else if (afterPlaceholder && PLACEHOLDER_PREPOSITIONS.contains(w)) {
                    // "sth. with sb.": the preposition goes with its placeholder
                } else if (!w.equals("to") || out.length() > 0) {
                    afterPlaceholder = false;
                    if (out.length() > 0) out.append(' ');
                    out.append(w);
                }
            }
            i = j;
        }
        return out.toString();
    }

    /** A single word: letters and inner hyphens only. */
    static boolean singleWord(String w) {
        int n = w.length();
        if (n < 2 || !Character.isLetter(w.charAt(0)) || !Character.isLetter(w.charAt(n - 1))) return false;
        for (int i = 1; i < n - 1; i++) {
            char c = w.charAt(i);
            if (c != '-' && !Character.isLetter(c)) return false;
        }
        return true;
    }

    /** Splits on a literal separator without regex. */
    static List<String> splitOn(String s, String sep) {
        List<String> out = new ArrayList<>(4);
        int from = 0, at;
        while ((at = s.indexOf(sep, from)) >= 0) {
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    /** English alternatives of two or three content words, as stems (for German compounds). */
    private static List<List<String>> phrases(String part) {
        List<List<String>> out = new ArrayList<>(2);
        for (String alt : splitOn(part, ";")) {
            String w = clean(alt);
            List<String> ws = splitOn(w, " ");
            if (ws.size() < 2 || ws.size() > 3) continue;
            List<String> stems = new ArrayList<>(3);
            for (String x : ws) {
                String l = x.toLowerCase(Locale.ROOT);
                if (l.length() < 4 || Text.EN_STOP.contains(l) || !singleWord(l)) continue;
                stems.add(EnglishStemmer.stem(l));
            }
            if (!stems.isEmpty()) out.add(stems);
        }
        return out;
    }

    /** The single-word alternatives of a part: German lower case (english false), English stems (true) or word keys (null). */
    private static List<String> alternatives(String part, Boolean english) {
        List<String> out = new ArrayList<>(3);
        for (String alt : splitOn(part, ";")) {
            String w = clean(alt);
            if (!singleWord(w)) continue;
            String lower = w.toLowerCase(Locale.ROOT);
            out.add(english == null ? EnglishStemmer.wordKey(lower) : english ? EnglishStemmer.stem(lower) : lower);
        }
        return out;
    }

    /** The Debian default paths, loaded once per JVM and shared. */
    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = standard;
                if (l == null) standard = l = load(DEFAULT_DE_EN, DEFAULT_THESAURUS);
            }
        }
        return l;
    }

    public static Lexicon empty() {
        return new Lexicon(Map.of(), Map.of(), Map.of(), new String[0], Map.of(), "off (no file given)", Map.of(), "off (no file given)");
    }

    public boolean bilingualAvailable() {
        return !enToDe.isEmpty();
    }

    public boolean synonymsAvailable() {
        return !synsets.isEmpty();
    }

    /** One line for health and docs. */
    public String status() {
        return "de-en: " + deEnStatus + "; synonyms: " + synonymsStatus;
    }

    /** True when the English stem has the German word (lower case) among its dictionary translations. */
    boolean translates(String englishStem, String germanLower) {
        int[] t = enToDe.get(englishStem);
        if (t != null && t.length <= MAX_FANOUT) {
            Integer id = deIds.get(germanLower);
            if (id != null && Arrays.binarySearch(t, id) >= 0) return true;
        }
        String[] p = phrases.get(germanLower);
        if (p != null) for (String e : p) if (e.equals(englishStem)) return true;
        return false;
    }

    /** The German translations of an English stem (empty when unknown or too vague). */
    List<String> germanFor(String englishStem) {
        int[] t = enToDe.get(englishStem);
        if (t == null || t.length > MAX_FANOUT) return List.of();
        List<String> out = new ArrayList<>(t.length);
        for (int id : t) out.add(deWords[id]);
        return out;
    }

    /** Sorted dictionary ids of the German translations of an English stem, or null (unknown or too vague). */
    int[] translationIds(String englishStem) {
        int[] t = enToDe.get(englishStem);
        return t == null || t.length > MAX_FANOUT ? null : t;
    }

    /**
     * As {@link #translationIds(String)}; when the text said the stem's base word only ({@code baseWord}: "they found",
     * not "the foundation"), without the other senses of the derived words that share its stem
     * ({@link #baseWords}).
     */
    int[] translationIds(String englishStem, boolean baseWord) {
        int[] t = baseWord ? enBaseToDe.get(englishStem) : null;
        if (t == null) return translationIds(englishStem);
        return t.length == 0 || t.length > MAX_FANOUT ? null : t;
    }

    /** Dictionary id of a German word (lower case), or -1. */
    int germanId(String germanLower) {
        Integer id = deIds.get(germanLower);
        return id == null ? -1 : id;
    }

    /** English stems of dictionary phrases that translate the German word (Laichgründe → spawn, ground), or null. */
    String[] phraseStems(String germanLower) {
        return phrases.get(germanLower);
    }

    /** English stems with more translations than this are too vague to reach German synonyms through. */
    static final int MAX_SYNONYM_FANOUT = 8;
    private final java.util.concurrent.ConcurrentHashMap<String, int[]> translationSynsets = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int[] NONE = new int[0];

    /**
     * Sorted synset ids of the German translations of an English stem ("confident" → zuversichtlich → the synsets
     * of zuversichtlich, optimistisch …), or null when the stem is unknown, too vague or no translation has a synset.
     * Cached per stem (bounded).
     */
    int[] translationSynsets(String englishStem) {
        if (synsets.isEmpty()) return null;
        int[] c = translationSynsets.get(englishStem);
        if (c == null) {
            int[] t = enToDe.get(englishStem);
            java.util.TreeSet<Integer> u = new java.util.TreeSet<>();
            if (t != null && t.length <= MAX_SYNONYM_FANOUT) {
                for (int id : t) {
                    int[] x = synsets.get(deWords[id]);
                    if (x != null) for (int v : x) u.add(v);
                }
            }
            c = u.isEmpty() ? NONE : u.stream().mapToInt(Integer::intValue).toArray();
            if (translationSynsets.size() < 200_000) translationSynsets.put(englishStem, c);
        }
        return c.length == 0 ? null : c;
    }

    /** Sorted synset ids of a German word, or null. */
    int[] synsetIds(String germanLower) {
        return synsets.get(germanLower);
    }

    static boolean intersects(int[] x, int[] y) {
        int i = 0, j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) return true;
            if (x[i] < y[j]) i++;
            else j++;
        }
        return false;
    }

    /** True when two German words (lower case) share an OpenThesaurus synset. */
    boolean synonyms(String a, String b) {
        int[] x = synsets.get(a);
        if (x == null) return false;
        int[] y = synsets.get(b);
        if (y == null) return false;
        int i = 0, j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) return true;
            if (x[i] < y[j]) i++;
            else j++;
        }
        return false;
    }
}
