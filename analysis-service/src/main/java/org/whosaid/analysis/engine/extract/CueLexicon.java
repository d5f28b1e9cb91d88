package org.whosaid.analysis.engine.extract;

import org.whosaid.analysis.engine.lang.Lexicon;
import org.whosaid.analysis.engine.model.Medium;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Speech cue lexicons ({@code engine/speech-verbs.de.txt}, {@code engine/speech-verbs.en.txt}) plus the fixed marker
 * words. German verbs are matched by lemma (from the morphology dictionary); English verbs by generated inflections
 * (say/says/said/saying, tell/told, write/wrote/written …).
 */
public final class CueLexicon {
    public record Entry(String lemma, Medium medium, boolean act) {}

    /** separable verb particles that may stand at the end of the clause ("teilte … mit") */
    public static final Set<String> PARTICLES = Set.of("mit", "hinzu", "vor", "an", "ein", "zu", "bekannt", "fest",
            "hervor", "zurück", "aus", "ab", "dar", "klar", "fort", "auf", "hin", "bei", "entgegen", "los", "weiter",
            "nach", "heraus", "voraus");
    /** nouns after "nach" that make "nach X des/von Y" a source marker ("nach Angaben des Ministeriums") */
    public static final Set<String> NACH_NOUNS = Set.of("angaben", "ansicht", "auffassung", "meinung", "einschätzung",
            "worten", "informationen", "darstellung", "aussage", "aussagen", "schätzung", "schätzungen", "berechnungen",
            "erkenntnissen", "überzeugung", "einschätzungen", "berichten", "recherchen", "daten", "zählung", "auskunft");
    /** nouns before "zufolge" that are themselves the source ("Berichten zufolge", "Polizeiangaben zufolge") */
    public static final Set<String> SOURCE_NOUNS = Set.of("angaben", "berichten", "informationen", "medienberichten",
            "schätzungen", "aussagen", "worten", "quellen", "kreisen", "darstellung", "umfragen", "umfrage", "studie",
            "bericht", "meldungen", "erkenntnissen", "ermittlungen", "prognosen", "ergebnissen", "zählungen");

    private static final java.util.List<String> SOURCE_ROOTS = java.util.List.copyOf(Lexicon.set("source-nouns.de.txt"));

    /** "Angaben", "Polizeiangaben", "Medienberichten", "Untersuchungen": a noun naming a source of information */
    public static boolean isSourceNoun(String lower) {
        for (String r : SOURCE_ROOTS) {
            if (lower.endsWith(r) && (lower.length() == r.length() || lower.length() >= r.length() + 3)) return true;
        }
        return false;
    }

    private final Map<String, Entry> german = new HashMap<>();
    private final Map<String, Entry> english = new HashMap<>();
    private final Set<String> germanBases = new HashSet<>();

    public CueLexicon() {
        for (String[] r : Lexicon.rows("speech-verbs.de.txt")) {
            Entry e = new Entry(r[0], Medium.valueOf(r[1]), r.length > 2 && r[2].equals("act"));
            german.putIfAbsent(r[0], e);
            for (String p : PARTICLES) {
                if (r[0].startsWith(p) && r[0].length() > p.length() + 3) germanBases.add(r[0].substring(p.length()));
            }
        }
        for (String[] r : Lexicon.rows("speech-verbs.en.txt")) {
            Entry e = new Entry(r[0], Medium.valueOf(r[1]), r.length > 2 && r[2].equals("act"));
            for (String form : englishForms(r[0])) english.putIfAbsent(form, e);
        }
    }

    public Entry german(String lemma) { return german.get(lemma); }

    /** true when the lemma is the base of a separable speech verb ("teilen" of "mitteilen") */
    public boolean germanBase(String lemma) { return germanBases.contains(lemma); }

    public Entry english(String lowerForm) { return english.get(lowerForm); }

    private static Set<String> englishForms(String base) {
        Set<String> f = new HashSet<>();
        f.add(base);
        String irregular = switch (base) {
            case "say" -> "said";
            case "tell" -> "told";
            case "write" -> "wrote written";
            case "think" -> "thought";
            default -> null;
        };
        if (irregular != null) f.addAll(Set.of(irregular.split(" ")));
        if (base.endsWith("y") && !base.endsWith("ay")) {
            String stem = base.substring(0, base.length() - 1);
            f.add(stem + "ies");
            f.add(stem + "ied");
        } else if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch")) {
            f.add(base + "es");
        } else {
            f.add(base + "s");
        }
        if (base.endsWith("e")) {
            f.add(base + "d");
            f.add(base.substring(0, base.length() - 1) + "ing");
        } else if (!(base.endsWith("y") && !base.endsWith("ay"))) {
            f.add(base + "ed");
            f.add(base + "ing");
        } else {
            f.add(base + "ing");
        }
        if (base.equals("say")) f.remove("sayed");
        if (base.equals("tell")) f.remove("telled");
        return f;
    }
}
