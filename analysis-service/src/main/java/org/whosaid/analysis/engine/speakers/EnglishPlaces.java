package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.lang.Lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * English place names and nationality words ({@code engine/places.en.txt}): a place is a PLACE mention, never a person;
 * a nationality word ("Russian", "American") is an adjective before a role or noun, never a name, and its plural with an
 * article ("the Russians") is a group.
 */
public final class EnglishPlaces {
    private static final Map<String, String> KIND = new HashMap<>();

    static {
        for (String[] r : Lexicon.rows("places.en.txt")) KIND.put(r[0], r.length > 1 ? r[1] : "place");
    }

    private EnglishPlaces() {}

    public static boolean place(String word) {
        return "place".equals(KIND.get(strip(word)));
    }

    /** "Kremlin", "White House": a body quoted as a speaker, never a person */
    public static boolean institution(String head) {
        return "institution".equals(KIND.get(strip(head)));
    }

    public static boolean demonym(String word) {
        return "demonym".equals(KIND.get(word));
    }

    /** "Russians", "Americans": the plural of a nationality word */
    public static boolean demonymPlural(String word) {
        return word.length() > 3 && word.endsWith("s") && demonym(word.substring(0, word.length() - 1));
    }

    private static String strip(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) return w.substring(0, w.length() - 2);
        return w;
    }
}
