package org.whosaid.analysis.engine.align;

import java.util.regex.Pattern;

/**
 * Whether a rendering calls something acceptable or not: "the terms are acceptable" / "die Bedingungen sind
 * inakzeptabel", "these wordings do not suit us" / "passen uns nicht". Two renderings of one utterance that judge
 * in opposite directions conflict. Both languages are read whatever the rendering's language; plain functions,
 * thread-safe.
 */
final class Acceptability {
    /** Unacceptable: the negated words, or "(does) not fit / suit (us)", "passt uns nicht". */
    private static final Pattern NOT_ACCEPTABLE = Pattern.compile("\\b(unacceptable|inacceptable|inakzeptab\\w*|unannehmbar\\w*"
            + "|not\\s+(?:\\w+\\s+)?(?:acceptable|akzeptab\\w*|annehmbar\\w*)"
            + "|nicht\\s+(?:\\w+\\s+)?(?:akzeptab\\w*|annehmbar\\w*)"
            + "|(?:do|does|did|would|will|wo)\\s*(?:not|n['’]t)\\s+(?:fit|suit)"
            + "|(?:passt|passen|passte|passten)\\s+(?:uns|mir|ihnen)\\s+nicht)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ACCEPTABLE = Pattern.compile("\\b(acceptable|akzeptab\\w*|annehmbar\\w*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Acceptability() {
    }

    /** +1 something is called acceptable, −1 unacceptable, 0 neither or both. */
    static int of(String text) {
        if (text == null || text.isEmpty()) return 0;
        boolean not = NOT_ACCEPTABLE.matcher(text).find();
        boolean yes = ACCEPTABLE.matcher(NOT_ACCEPTABLE.matcher(text).replaceAll(" ")).find();
        return yes == not ? 0 : yes ? 1 : -1;
    }
}
