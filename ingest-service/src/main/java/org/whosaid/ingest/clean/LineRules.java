package org.whosaid.ingest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture recognised one line at a time, first rule wins: audio-player times, reading times, captions (see
 * {@link Captions}), credit lines (see {@link Credits}), utility links, inline teasers, tag lines of glued words; and
 * the tag lines after the last paragraph. E.g. "00:00 / 02:17" is an audio player, "Lesedauer 3 min" a reading time,
 * "Teilen" a utility line, "Lesen Sie auch: Neue Fähre für Kleinwasserburg" an inline teaser.
 */
final class LineRules {

    private static final Pattern AUDIO = Pattern.compile("^\\d{1,2}:\\d{2}(:\\d{2})?\\s*/\\s*\\d{1,2}:\\d{2}(:\\d{2})?$");
    static final Pattern READING_TIME = Pattern.compile(
            "(?i)(lesedauer|lesezeit|reading time)\\s*:?\\s*(ca\\.\\s*)?\\d+\\s*(min\\.?|minuten|minutes?)|"
                    + "\\b\\d+\\s*(min\\.?|minuten|minutes?)\\s*(lesezeit|lesedauer|read)\\b", Pattern.UNICODE_CASE);
    private static final Pattern UTILITY = Pattern.compile(
            "(?i)^(teilen|artikel teilen|drucken|kommentare|kommentieren|share|share this article|print|zur startseite|anzeige|"
                    + "werbung|advertisement|mehr lesen|artikel anhören|audio|vorlesen|merken|folgen|follow|newsletter|"
                    + "jetzt abonnieren|subscribe|listen to this article|\\d+ kommentare|\\d+ comments)$", Pattern.UNICODE_CASE);
    private static final Pattern TEASER_INLINE = Pattern.compile(
            "(?i)^(lesen sie auch|lies auch|mehr zum thema|read more|see also|auch interessant)\\s*:\\s*\\S.*", Pattern.UNICODE_CASE);

    private LineRules() {
    }

    /** Line rules: audio players, reading times, image slugs, captions, credits, utility lines, inline teasers, tags. */
    static void apply(PastedPage p) {
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] != null) {
                continue;
            }
            String l = p.lines.get(i);
            Matcher cm = Credits.CREDIT.matcher(l);
            String caption;
            if (AUDIO.matcher(l).matches()) {
                p.mark(i, "other", "audio-player-time");
            } else if (READING_TIME.matcher(l).find() && l.length() < 60 && !LineShapes.fiveWords(l)) {
                p.mark(i, "other", "reading-time");
            } else if ((caption = Captions.rule(l)) != null) {
                p.mark(i, "captions", caption);
            } else if (cm.matches() && !l.endsWith(".")) {
                p.mark(i, "credits", "credit-line \"" + cm.group(1) + ":\"");
                credit(p, l, cm.group(2));
            } else if (UTILITY.matcher(l).matches()) {
                p.mark(i, "other", "page-utility-line");
            } else if (TEASER_INLINE.matcher(l).matches() && l.length() < 300) {
                p.mark(i, "teasers", "inline-teaser \"Lesen Sie auch: …\"");
            } else if (GluedWords.glueCount(l) >= 2 && !LineShapes.endsSentence(l)) {
                p.mark(i, "tags", "tag-line (words glued together without spaces)");
            }
        }
    }

    /** Adds the credit's agencies and initials; its outlet is the page's outlet candidate unless one was found. */
    private static void credit(PastedPage p, String line, String credit) {
        String[] parsed = Credits.parseCredit(credit, p.agencies, p.authors);
        if (parsed[0] != null && p.creditOutlet == null) {
            p.creditOutlet = parsed[0];
            p.prov.put("outlet-candidate", "credit line \"" + line + "\"");
        }
    }

    /** Trailing zone: after the last prose paragraph, short lines without sentence end are tags. */
    static void trailingTags(PastedPage p) {
        int lastProse = -1;
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] == null && LineShapes.isProse(p.lines.get(i))) {
                lastProse = i;
            }
        }
        for (int i = lastProse + 1; i < p.n && lastProse >= 0; i++) {
            String l = p.lines.get(i);
            if (p.kind[i] == null && !LineShapes.endsSentence(l) && l.split(" ").length >= 2
                    && LineShapes.capitalisedShare(l) >= 0.8) {
                p.mark(i, "tags", "tag-line (capitalised words after the article)");
            }
        }
    }
}
