package org.whosaid.ingest.clean;

import java.util.regex.Pattern;

/**
 * Blocks of page furniture that a heading opens: a teaser block ("Mehr zum Thema", "Read more") runs to the end of
 * the page, except credit lines after its heading; a summary block ("Das Wichtigste in Kürze", "Key points") takes the
 * bullets after its heading, or else the one paragraph after it. E.g. below an article, "Mehr zum Thema" followed by
 * "Neue Fähre für Kleinwasserburg" and "Stadtrat tagt am Montag" puts all three lines in the teasers section.
 */
final class BlockRules {

    private static final Pattern TEASER_HEAD = Pattern.compile(
            "(?i)^(das könnte (dich|sie) auch interessieren|mehr zum thema|lesen sie auch|lies auch|auch interessant|"
                    + "weitere artikel|weitere nachrichten|empfehlungen( der redaktion)?|mehr aus (dem ressort|diesem ressort)|"
                    + "related( articles| stories)?|read more|more on this( story| topic)?|you may also like|recommended( for you)?|"
                    + "top[- ]?themen|meistgelesen|most read)\\s*:?$", Pattern.UNICODE_CASE);
    private static final Pattern SUMMARY_HEAD = Pattern.compile(
            "(?i)^(zusammenfassung|das wichtigste in kürze|das wichtigste|in kürze|kurz zusammengefasst|auf einen blick|"
                    + "summary|key points|in short|at a glance|the essentials)\\s*:?$", Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪◦‣*–—-]\\s+\\S.*");

    private BlockRules() {
    }

    /** Marks the teaser block (the first teaser heading after the first line) and every summary block. */
    static void apply(PastedPage p) {
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] != null) {
                continue;
            }
            String l = p.lines.get(i);
            if (TEASER_HEAD.matcher(l).matches() && i > 0) {
                for (int j = i; j < p.n; j++) {
                    if (p.kind[j] == null && !(j > i && Credits.CREDIT.matcher(p.lines.get(j)).matches())) {
                        p.mark(j, "teasers", "teaser-block: lines after \"" + l + "\"");
                    }
                }
                break;
            }
            if (SUMMARY_HEAD.matcher(l).matches()) {
                summary(p, i);
            }
        }
    }

    /** The summary heading at {@code i} and the bullets after it, or the one paragraph after it. */
    private static void summary(PastedPage p, int i) {
        p.mark(i, "summary", "summary-block heading");
        int j = i + 1;
        boolean bullets = j < p.n && BULLET.matcher(p.lines.get(j)).matches();
        while (j < p.n && (bullets ? BULLET.matcher(p.lines.get(j)).matches() : j == i + 1)) {
            p.mark(j, "summary", "summary-block: " + (bullets ? "bullet after heading" : "paragraph after heading"));
            j++;
        }
    }
}
