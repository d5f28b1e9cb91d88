package org.whosaid.analysis.engine.speakers;

import java.util.Locale;
import java.util.Set;

/**
 * The closed word lists the mention scanners share: determiners ("der", "the"), prepositions ("mit", "after"), German
 * capitalised words that are never a name ("Montag", "Laut", "MEZ"), and two word shapes: an acronym ("SPD", "NATO")
 * and the nationality inside an adjective ("US-amerikanischen" → "amerikanisch").
 */
final class MentionWords {
    static final Set<String> DET_DE = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine", "einem",
            "eines", "einer", "einen", "dieser", "diese", "dieses", "diesem", "diesen");
    static final Set<String> DET_EN = Set.of("the", "a", "an", "this", "that", "its", "his", "her", "their");
    static final Set<String> PREP_DE = Set.of("mit", "von", "vom", "auf", "über", "für", "an", "am", "zu", "zum",
            "zur", "bei", "beim", "nach", "gegen", "gegenüber", "um", "aus", "durch", "ohne", "unter", "vor", "hinter",
            "neben", "zwischen", "in", "im", "seit", "wegen", "trotz", "laut", "gemäß", "als", "und", "sowie", "oder");
    static final Set<String> PREP_EN = Set.of("with", "of", "on", "about", "for", "to", "at", "by", "from",
            "in", "into", "against", "after", "before", "between", "under", "over", "than", "and", "or", "as");
    static final Set<String> DE_NOT_NAME = Set.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
            "Samstag", "Sonntag", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember", "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Man", "Uhr", "Euro", "Dollar",
            "Prozent", "Zudem", "Demnach", "Laut", "Doch", "Auch", "Noch", "Nun", "Bisher", "Derzeit", "Zuvor",
            "Dies", "Das", "Der", "Die", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Am", "Im", "In", "Um", "Mit",
            "Nach", "Vor", "Bei", "Seit", "Für", "Von", "Auf", "Aus", "So", "Wie", "Wenn", "Als", "Dass", "Ob",
            "Aber", "Und", "Oder", "Insbesondere", "Allerdings", "Jedoch", "Außerdem", "Damit", "Dabei", "Dazu",
            "Heute", "Gestern", "Morgen", "Herr", "Frau", "Ukrainekrieg", "Quelle", "Foto", "Politik",
            // time zones are no names ("Um 10 Uhr MEZ meldete …" never makes MEZ a speaker)
            "MEZ", "MESZ", "UTC", "GMT", "CET", "CEST", "Ortszeit");

    private MentionWords() {}

    static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 6 && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** "ukrainische" → "ukrainisch", "US-amerikanischen" → "amerikanisch" */
    static String nationality(String lower) {
        int dash = lower.lastIndexOf('-');
        String w = dash >= 0 ? lower.substring(dash + 1) : lower;
        int p = w.indexOf("isch");
        if (p > 2 && w.length() - p <= 6) return w.substring(0, p + 4);
        return null;
    }
}
