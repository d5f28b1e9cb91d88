package org.whosaid.analysis.engine.align;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.whosaid.analysis.engine.speakers.EnglishPlaces;
import org.whosaid.analysis.engine.speakers.SpeakerLexicon;

/**
 * What a registry name names: a person, an organisation, a medium or a place. Decided from the word lists the engine
 * already has: agency credits (also the speaker agreement's), the institution lists ({@code institutions.de.txt}, the
 * institution pattern of {@link Attribution}, "Kremlin"/"White House" of {@code places.en.txt}), the place dictionary
 * (german-pos-dict places, {@code places.en.txt}) and nationality adjectives. Only media and legal-form words are new
 * here. Plain functions, thread-safe.
 */
public final class SpeakerKinds {
    /** The kinds of registry entries, as the API names them. */
    public enum Kind {
        PERSON, ORGANISATION, MEDIA, PLACE;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * German origin adjectives ("russische", "ukrainischen"); the English ones come from the demonyms of
     * {@code places.en.txt}, since "-ian" or "-ish" ends surnames too (Parrish).
     */
    private static final Pattern ADJECTIVE_DE = Pattern.compile("[a-z]+(?:isch|ische|ischen|ischer|isches)");
    /** Agency credits and media that stand where a speaker would ("…, AFP"). */
    static final Set<String> CREDITS = Set.of("afp", "dpa", "ap", "reuters", "tass", "ria", "interfax", "kna", "epd",
            "apa", "sda", "ansa", "efe", "bbc", "cnn", "nbc", "abc", "cbs", "zdf", "ard", "ntv");
    /** Words (German: word endings) that make a name a medium: "Nachrichtenagentur", "Wochenzeitung", "Fernsehsender". */
    private static final Pattern MEDIUM = Pattern.compile("\\b(\\w*zeitung|\\w*nachrichtenagentur|\\w*sender|\\w*fernsehen"
            + "|\\w*rundfunk|newspaper|news agency|news|broadcaster|television|tv|radio)\\b");
    /** Legal forms and bodies that make a name an organisation: "Kranzhafen Terminal GmbH", "Harbour Workers' Union". */
    private static final Pattern ORGANISATION = Pattern.compile("\\b(gmbh|ag|se|kg|kgaa|e\\. ?v|inc|ltd|llc|corp|plc|"
            + "company|union|association|federation|party|council|committee|agency|department|institute|university|"
            + "\\w*verband|\\w*gewerkschaft|\\w*partei|\\w*universitat|\\w*verein|\\w*konzern|\\w*unternehmen)\\b");

    private static volatile SpeakerLexicon lexicon;

    private SpeakerKinds() {
    }

    /**
     * The kind of a registry name. {@code registryKind} is the registry's PERSON/INSTITUTION: an institution is an
     * organisation unless it is a medium; a "person" of one word may be a place or a nationality adjective.
     */
    public static Kind of(String name, String registryKind) {
        if (name == null || name.isBlank()) return Kind.PERSON;
        String folded = Text.fold(name.strip());
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
        if (CREDITS.contains(Text.fold(last)) || MEDIUM.matcher(folded).find()) return Kind.MEDIA;
        if ("INSTITUTION".equals(registryKind) || Attribution.institution(name) || ORGANISATION.matcher(folded).find()
                || EnglishPlaces.institution(last) || institutionWord(words)) {
            return Kind.ORGANISATION;
        }
        if (words.length == 1 && place(last)) return Kind.PLACE;
        return Kind.PERSON;
    }

    /**
     * Whether the words before a surname can be a given name: each capitalised, none a role noun ("Envoy", "Russian
     * President"), a place or its adjective ("Moskau"), a medium, an agency credit or an institution word. A name
     * conflict ("Jurij" vs "Andrij") is only one between two given names; "Envoy Witkoff" names Witkoff by his role.
     */
    public static boolean givenNameLike(String firstName) {
        if (firstName == null || firstName.isBlank()) return false;
        SpeakerLexicon lex = lexicon();
        String[] words = firstName.strip().split("[\\s-]+");
        for (String w : words) {
            String t = w.replaceAll("[^\\p{L}.]", "");
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) return false;
            String lower = t.toLowerCase(Locale.ROOT);
            if (lex.germanRole(t) != null || lex.englishRole(lower) != null || place(t) || CREDITS.contains(Text.fold(t))
                    || medium(t) || EnglishPlaces.institution(t)) {
                return false;
            }
        }
        return !institutionWord(words);
    }

    /** Whether a name or role names a medium: "Nachrichtenagentur", "Wochenzeitung", "AFP", "broadcaster". */
    public static boolean medium(String text) {
        if (text == null || text.isBlank()) return false;
        String folded = Text.fold(text.strip());
        if (MEDIUM.matcher(folded).find()) return true;
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) if (CREDITS.contains(w)) return true;
        return false;
    }

    /** A place name or a word made from one: "Moskau", "Britain", "Russian" (demonym), "russische", "Berliner". */
    static boolean place(String word) {
        if (word.isEmpty()) return false;
        if (ADJECTIVE_DE.matcher(Text.fold(word)).matches() || EnglishPlaces.place(word) || EnglishPlaces.demonym(word)
                || GermanMorph.get().info(word).place()) {
            return true;
        }
        // "Kranzhafener", "Berliner": -er after a place name
        return word.length() > 5 && word.endsWith("er") && GermanMorph.get().info(word.substring(0, word.length() - 2)).place();
    }

    /** A word of the German institution list: "Regierung", "Gewerkschaft", "…ministerium". */
    private static boolean institutionWord(String[] words) {
        SpeakerLexicon lex = lexicon();
        for (String w : words) {
            String t = w.replaceAll("[^\\p{L}\\p{N}-]", "");
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) continue;
            if (lex.institutionBySuffix(t)) return true;
            for (String[] phrase : lex.institutionsStartingWith(t)) {
                if (phrase[0].equals(t)) return true;
            }
        }
        return false;
    }

    private static SpeakerLexicon lexicon() {
        SpeakerLexicon l = lexicon;
        if (l == null) {
            synchronized (SpeakerKinds.class) {
                l = lexicon;
                if (l == null) lexicon = l = new SpeakerLexicon();
            }
        }
        return l;
    }
}
