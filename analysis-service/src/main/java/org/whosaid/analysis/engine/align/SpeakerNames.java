package org.whosaid.analysis.engine.align;

import org.apache.commons.codec.language.ColognePhonetic;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Speaker names as alignment compares them: folded words, the surname, and its sound (Cologne phonetics). */
final class SpeakerNames {
    private static final ColognePhonetic PHONETIC = new ColognePhonetic();
    private static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    private SpeakerNames() {
    }

    /** The folded words of a name ("Juri Uschakow" → juri, uschakow); empty for null or blank. */
    static Set<String> tokens(String speakerName) {
        if (speakerName == null || speakerName.isBlank()) return Set.of();
        Set<String> out = new HashSet<>();
        for (String p : WS.split(speakerName.trim())) {
            String f = Text.fold(EDGE_PUNCT.matcher(p).replaceAll(""));
            if (!f.isEmpty()) out.add(f);
        }
        return out;
    }

    /** Folded surname: the last capitalised word of the speaker name (possessive 's dropped), or null. */
    static String surname(String speakerName) {
        if (speakerName == null) return null;
        int end = speakerName.length();
        while (end > 0) {
            while (end > 0 && !Character.isLetterOrDigit(speakerName.charAt(end - 1))) end--;
            int start = end;
            while (start > 0 && !Character.isWhitespace(speakerName.charAt(start - 1))) start--;
            int s = start;
            while (s < end && !Character.isLetterOrDigit(speakerName.charAt(s))) s++;
            if (s < end) {
                String p = speakerName.substring(s, end);
                if (p.endsWith("'s") || p.endsWith("’s")) p = p.substring(0, p.length() - 2);
                if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) return Text.fold(p);
            }
            end = start;
        }
        return null;
    }

    static String phonetic(String folded) {
        String c = PHONETIC.colognePhonetic(folded);
        return c == null || c.isEmpty() ? folded : c;
    }
}
