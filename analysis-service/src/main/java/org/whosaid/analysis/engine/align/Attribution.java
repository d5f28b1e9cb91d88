package org.whosaid.analysis.engine.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An institution and the person speaking for it: one outlet writes "der Kreml erklärte", another "Kremlsprecher
 * Dmitri Peskow sagte". That is one utterance attributed at two levels, an attribution difference rather than two
 * speakers. Recognised when one speaker name is an institution (government, ministry, Kreml/Kremlin, White House…)
 * and the other rendering calls its speaker a spokesperson of that institution ("Kremlsprecher", "Sprecherin des
 * Weißen Hauses", "White House press secretary"). Plain functions, thread-safe.
 */
final class Attribution {
    private static final Pattern INSTITUTION = Pattern.compile("\\b(kreml\\w*|kremlin|\\w*regierung|\\w*ministerium|"
            + "ministry|government|administration|white house|weiss\\w* haus\\w*|pentagon|elysee\\w*|\\w*kanzleramt\\w*|"
            + "prasidialamt\\w*|\\w*kommission|commission|\\w*behorde|armee|army|military|militar|\\w*polizei|police|"
            + "staatsanwaltschaft|prosecutor\\w*|state department|foreign office|auswartige\\w* amt\\w*|\\w*amt)\\b");
    private static final Pattern SPOKESPERSON = Pattern.compile("sprecher|spokes|press secretary|pressesekretar|pressechef");
    private static final List<String> INFLECTIONS = List.of("es", "en", "s", "n", "e");

    private Attribution() {
    }

    /** Whether a speaker name names an institution rather than a person. */
    static boolean institution(String speakerName) {
        if (speakerName == null || speakerName.isBlank()) return false;
        Boolean b = CACHE.get(speakerName);
        if (b == null) {
            b = INSTITUTION.matcher(Text.fold(speakerName)).find();
            if (CACHE.size() > CACHE_MAX) CACHE.clear();
            CACHE.put(speakerName, b);
        }
        return b;
    }

    /** Speaker names repeat a lot and compare asks for every pair with two different speakers. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_MAX = 20_000;

    /** The institution's words without inflection: "Weißen Hauses" → weiss, haus; "Kremls" → kreml. */
    static List<String> keys(String institutionName) {
        List<String> out = new ArrayList<>(3);
        for (String w : Text.fold(institutionName).split("[^\\p{L}]+")) {
            if (w.length() < 4 || w.equals("der") || w.equals("des") || w.equals("the")) continue;
            String k = w;
            for (String suffix : INFLECTIONS) {
                if (k.length() - suffix.length() >= 4 && k.endsWith(suffix)) {
                    k = k.substring(0, k.length() - suffix.length());
                    break;
                }
            }
            out.add(k);
        }
        return out;
    }

    /**
     * True when {@code person}'s rendering presents its speaker as a spokesperson of the institution that
     * {@code institution}'s rendering names as speaker.
     */
    static boolean speaksFor(StatementView person, StatementView institution) {
        if (person == null || institution == null || !institution(institution.speakerName())
                || institution(person.speakerName())) return false;
        String around = Text.fold((person.speakerName() == null ? "" : person.speakerName()) + " "
                + DayResolver.outside(person.context(), person.quote()));
        if (!SPOKESPERSON.matcher(around).find()) return false;
        // the institution's head noun (its last word: "Regierung" of "varnesische Regierung", "Haus" of "Weißes Haus")
        // must appear with the role: "Regierungssprecherin", "Sprecher des Weißen Hauses"
        List<String> keys = keys(institution.speakerName());
        if (keys.isEmpty()) return false;
        String k = keys.get(keys.size() - 1);
        if (around.contains(k)) return true;
        String head = k.startsWith("bundes") || k.startsWith("landes") || k.startsWith("staats") ? k.substring(6) : null;
        return head != null && head.length() >= 4 && around.contains(head);
    }

    /** Either rendering speaks for the other's institution. */
    static boolean institutionAndSpokesperson(StatementView a, StatementView b) {
        return speaksFor(a, b) || speaksFor(b, a);
    }
}
