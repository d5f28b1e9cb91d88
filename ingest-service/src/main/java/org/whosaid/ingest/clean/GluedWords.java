package org.whosaid.ingest.clean;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words glued together without a space where a page put two elements side by side: a lower-case letter followed by a
 * capital inside a word, known camel-case names (iPhone, McDonald …) excepted. E.g. the tag line
 * "KleinwasserburgFähreStadtrat" has two glue points; the headline "Neue Fähre im HafenBürgermeisterin lobt den
 * Anleger" splits into the kicker "Neue Fähre im Hafen" and the title "Bürgermeisterin lobt den Anleger".
 */
final class GluedWords {

    private static final Pattern GLUE = Pattern.compile("([\\p{Ll}])([\\p{Lu}])");
    /** Words with a capital inside that are not two words glued together. */
    private static final Set<String> CAMEL_OK = Set.of("iPhone", "iPad", "YouTube", "LinkedIn", "PayPal", "WhatsApp",
            "TikTok", "BioNTech", "eBay", "McDonald", "OpenAI", "ChatGPT", "PlayStation", "JavaScript", "GmbH", "SpaceX",
            "DeepSeek", "BlackRock", "MacBook", "FaceTime", "WikiLeaks", "BlackBerry", "GitHub", "SoftBank", "EuGH", "BaFin",
            "NordVPN", "HelloFresh", "LeBron", "DiCaprio", "McCarthy", "McConnell", "MacArthur", "iOS", "eSport");

    private GluedWords() {
    }

    /** Splits a kicker glued to a headline ("Nach dem GipfelAlmstedt: Wir bleiben dabei"): [kicker or null, title]. */
    static String[] splitGlued(String line) {
        Matcher m = GLUE.matcher(line);
        while (m.find()) {
            int cut = m.start(2);
            String left = line.substring(0, cut).trim();
            String word = wordAround(line, cut);
            if (CAMEL_OK.stream().anyMatch(word::contains) || word.matches(".*(Mc|Mac|De|Di|La|Le|Van|Von)\\p{Lu}.*") && word.length() < 12) {
                continue;
            }
            if (left.contains(" ") && line.substring(cut).trim().length() >= 8) {
                return new String[]{left, line.substring(cut).trim()};
            }
        }
        return new String[]{null, line};
    }

    private static String wordAround(String s, int idx) {
        int a = idx;
        while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) {
            a--;
        }
        int b = idx;
        while (b < s.length() && !Character.isWhitespace(s.charAt(b))) {
            b++;
        }
        return s.substring(a, b);
    }

    /** How many glue points the line's words hold, not counting words with a known camel-case name in them. */
    static int glueCount(String l) {
        int c = 0;
        for (String w : l.split("\\s+")) {
            if (CAMEL_OK.stream().anyMatch(w::contains)) {
                continue;
            }
            Matcher m = GLUE.matcher(w);
            while (m.find()) {
                c++;
            }
        }
        return c;
    }
}
