package org.whosaid.analysis.engine.speakers;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import org.whosaid.analysis.engine.lang.BoundedMemo;
import org.whosaid.analysis.engine.lang.Lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Word lists for speaker mentions: role nouns ({@code engine/role-nouns.*.txt}, matched as word endings so compounds
 * count), institutions ({@code engine/institutions.de.txt}, exact phrases and "*suffix" entries), pronouns, titles,
 * and a compound test (jwordsplitter) that tells unknown German compounds ("Sicherheitsgarantien") from names.
 */
public final class SpeakerLexicon {
    /** role root (lower case) → canonical role */
    private final Map<String, String> rolesDe = new HashMap<>();
    private final Map<String, String> rolesEn = new HashMap<>();
    /** first word of an institution phrase → phrases starting with it (words, canonical) */
    private final Map<String, List<String[]>> institutions = new HashMap<>();
    private final List<String> institutionSuffixes = new ArrayList<>();
    private final GermanWordSplitter splitter;
    /** the answers for the words met recently: the mention scanners ask about the same words in every text */
    private final BoundedMemo<String, Optional<String>> germanRoles =
            new BoundedMemo<>(WORDS_REMEMBERED, w -> Optional.ofNullable(germanRoleOf(w)));
    private final BoundedMemo<String, Boolean> institutionEndings = new BoundedMemo<>(WORDS_REMEMBERED, this::institutionBySuffixOf);
    private final BoundedMemo<String, Boolean> germanNouns = new BoundedMemo<>(WORDS_REMEMBERED, this::looksLikeGermanNounOf);
    private static final int WORDS_REMEMBERED = 20_000;

    public static final Set<String> PRONOUNS_DE = Set.of("er", "sie");
    /** demonstratives used as a subject ("Dieser bestätigte, …"): they point to the last person named, male / female */
    public static final Set<String> DEMONSTRATIVES_MALE = Set.of("dieser", "letzterer", "jener");
    public static final Set<String> DEMONSTRATIVES_FEMALE = Set.of("diese", "letztere", "jene");
    public static final Set<String> PRONOUNS_EN = Set.of("he", "she", "they");
    public static final Set<String> TITLES = Set.of("Dr.", "Prof.", "Herr", "Frau", "Mr.", "Mrs.", "Ms.", "Dr", "Prof");
    /** noun endings that no person name has */
    private static final String[] NOUN_SUFFIXES = {"ung", "ungen", "heit", "keit", "schaft", "schaften", "tion", "tionen",
            "tät", "täten", "ismus", "ment", "nis", "nisse", "tum", "ische", "ischen", "ischer", "lich", "ieren", "gang",
            "werk", "haus", "land", "stadt", "kampf", "krieg", "plan", "zeit", "jahr", "tag", "frage", "gespräch",
            "gespräche", "gesprächen", "treffen", "runde", "vertrag", "abkommen", "programm", "politik", "markt",
            "preis", "preise", "wahl", "wahlen", "partei", "staat", "staaten", "system", "zentrum", "ort", "feld",
            "ziel", "ziele", "punkt", "punkte", "recht", "rechte", "gesetz", "bericht", "berichte", "angriff",
            "angriffe", "front", "truppen", "soldaten", "kräfte", "waffen", "garantien", "lage", "woche", "wochen"};

    public SpeakerLexicon() {
        for (String[] r : Lexicon.rows("role-nouns.de.txt")) rolesDe.put(r[0], r.length > 1 ? r[1] : r[0]);
        for (String[] r : Lexicon.rows("role-nouns.en.txt")) rolesEn.put(r[0], r.length > 1 ? r[1] : r[0]);
        for (String[] r : Lexicon.rows("institutions.de.txt")) {
            if (r[0].startsWith("*")) {
                institutionSuffixes.add(r[0].substring(1));
            } else {
                String[] words = r[0].split(" ");
                institutions.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new String[]{r[0], r.length > 1 ? r[1] : r[0]});
            }
        }
        try {
            splitter = new GermanWordSplitter(false);
            splitter.setStrictMode(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** canonical role when the (capitalised) word is a German role noun, else null. */
    public String germanRole(String word) { return germanRoles.get(word).orElse(null); }

    private String germanRoleOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int dash = w.lastIndexOf('-');
        String tail = dash >= 0 ? w.substring(dash + 1) : w;
        for (String cand : candidates(tail)) {
            String exact = rolesDe.get(cand);
            if (exact != null) return exact;
        }
        for (String cand : candidates(tail)) {
            for (int k = 1; k < cand.length() - 3; k++) {
                String r = rolesDe.get(cand.substring(k));
                if (r != null && cand.length() - k >= 4) return r;
            }
        }
        return null;
    }

    public boolean femaleRole(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (englishFemaleRole(w)) return true;
        return (w.endsWith("in") || w.endsWith("innen")) && germanRole(word) != null && !w.endsWith("chein");
    }

    /** English role nouns that say the person is a woman: "spokeswoman", "chairwoman", "congresswoman", "duchess" */
    static boolean englishFemaleRole(String lower) {
        return lower.endsWith("woman") || lower.endsWith("women") || lower.equals("actress") || lower.equals("duchess")
                || lower.equals("queen") || lower.equals("princess") || lower.equals("empress");
    }

    /** English role nouns that say the person is a man: "spokesman", "chairman", "congressman" (not "woman") */
    public boolean maleRole(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("man") && !w.endsWith("woman") && englishRole(w) != null || w.equals("king") || w.equals("duke");
    }

    private static List<String> candidates(String w) {
        List<String> c = new ArrayList<>(6);
        c.add(w);
        for (String end : new String[]{"innen", "in", "en", "n", "s", "e", "r", "es"}) {
            if (w.endsWith(end) && w.length() > end.length() + 3) c.add(w.substring(0, w.length() - end.length()));
        }
        return c;
    }

    public String englishRole(String lowerWord) { return rolesEn.get(lowerWord); }

    /** institution phrases starting with this word: {phrase, canonical} */
    public List<String[]> institutionsStartingWith(String word) { return institutions.getOrDefault(word, List.of()); }

    public boolean institutionBySuffix(String word) { return institutionEndings.get(word); }

    private boolean institutionBySuffixOf(String word) {
        if (!Character.isUpperCase(word.charAt(0))) return false;
        String w = word.toLowerCase(Locale.ROOT);
        for (String s : institutionSuffixes) {
            if (w.endsWith(s) && w.length() >= s.length() + 3) return true;
            if (w.endsWith(s + "s") && w.length() >= s.length() + 4) return true;
            if (w.endsWith(s + "es") && w.length() >= s.length() + 5) return true;
        }
        return false;
    }

    /** an unknown capitalised German word that is probably a common noun, not a name */
    public boolean looksLikeGermanNoun(String word) { return germanNouns.get(word); }

    private boolean looksLikeGermanNounOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int dash = w.lastIndexOf('-');
        String tail = dash >= 0 ? w.substring(dash + 1) : w;
        for (String s : NOUN_SUFFIXES) if (tail.endsWith(s) && tail.length() > s.length() + 1) return true;
        if (dash >= 0) {
            String head = word.substring(0, word.indexOf('-'));
            if (head.equals(head.toUpperCase(Locale.ROOT))) return true; // "US-Delegation", "EU-Gipfel"
            String t = word.substring(dash + 1);
            if (t.length() >= 8 && splitter.splitWord(t).size() > 1) return true;
            return false; // "Hans-Dietrich", "Müller-Lüdenscheidt"
        }
        if (w.length() < 8) return false;
        List<String> parts = splitter.splitWord(word);
        return parts.size() > 1;
    }
}
