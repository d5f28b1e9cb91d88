package org.whosaid.ingest.clean;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The header: the lines before the first prose paragraph hold kicker(s), title, byline and date. E.g. in
 * "Kleinwasserburg" / "Neue Fähre fährt ab Mai zweimal am Tag" / "Von Erika Muster" / "11.03.2031, 08:45 Uhr" followed
 * by a paragraph, the longest line is the title, the short line above it the kicker, "Von Erika Muster" the byline
 * (author "Erika Muster") and the last line the date line.
 */
final class HeaderRules {

    private static final Pattern BYLINE = Pattern.compile("^(Von|By|Ein Kommentar von|Eine Analyse von)\\s+\\p{Lu}[\\p{L}.'-]+(\\s+(und|and|&)?\\s*\\p{Lu}?[\\p{L}.'-]+){0,6}$");
    private static final Pattern DATE_FILLER = Pattern.compile(
            "(?i)(stand|aktualisiert( am)?|veröffentlicht( am)?|erschienen( am)?|published|updated|zuletzt aktualisiert|am|um|uhr|"
                    + "mez|mesz|cet|cest|utc|gmt|et|[·|•,:–-])", Pattern.UNICODE_CASE);

    private HeaderRules() {
    }

    /** Header: lines before the first prose paragraph hold kicker(s), title, byline and date. */
    static void apply(PastedPage p, ZoneId zone, ZonedDateTime reference) {
        int firstProse = firstProse(p);
        int headerEnd = firstProse < 0 ? Math.min(p.n, 4) : firstProse;
        markDateLine(p, headerEnd, zone, reference);
        List<Integer> header = p.unmarkedBefore(headerEnd);
        pickLongestHeaderLine(p, header);
        boolean bodyAfter = bodyAfterTitle(p);
        if (p.titleIdx >= 0 && p.lines.get(p.titleIdx).length() <= 300 && bodyAfter
                && !LineShapes.isProse(p.lines.get(p.titleIdx))) {
            String gluedKicker = takeTitle(p);
            bylinesAndKickers(p, header, gluedKicker);
        }
    }

    /** The index of the first unmarked prose paragraph, or -1 when there is none. */
    private static int firstProse(PastedPage p) {
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] == null && LineShapes.isProse(p.lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Marks the first date line ("11.03.2031, 08:45 Uhr") within the header or the three lines after it, and
     * keeps it as the page's date line; a line already marked "other" keeps its kind and gains the rule.
     */
    private static void markDateLine(PastedPage p, int headerEnd, ZoneId zone, ZonedDateTime reference) {
        for (int i = 0; i < Math.min(p.n, headerEnd + 3); i++) {
            if (p.kind[i] != null && !"other".equals(p.kind[i])) {
                continue;
            }
            String l = p.lines.get(i);
            if (l.length() > 120) {
                continue;
            }
            Optional<DateFinder.Found> f = DateFinder.find(l, zone, reference);
            if (f.isPresent() && isDateLine(l, f.get())) {
                p.dateLine = l;
                if (p.kind[i] == null) {
                    p.mark(i, "other", "date-line");
                } else {
                    p.rule[i] = p.rule[i] + " + date-line";
                }
                p.prov.put("date-line", l);
                return;
            }
        }
    }

    /** Whether little but the date is left of the line: filler words such as "Stand", "Uhr" and a reading time aside. */
    private static boolean isDateLine(String line, DateFinder.Found f) {
        String rest = (line.substring(0, f.start()) + " " + line.substring(f.end()));
        rest = LineRules.READING_TIME.matcher(rest).replaceAll(" ");
        rest = DATE_FILLER.matcher(rest).replaceAll(" ").trim();
        return rest.length() <= 12;
    }

    /** Sets the title candidate to the longest header line that is not a byline ("Von Erika Muster"); the first wins a tie. */
    private static void pickLongestHeaderLine(PastedPage p, List<Integer> header) {
        for (int i : header) {
            if (BYLINE.matcher(p.lines.get(i)).matches()) {
                continue;
            }
            if (p.titleIdx < 0 || p.lines.get(i).length() > p.lines.get(p.titleIdx).length()) {
                p.titleIdx = i;
            }
        }
    }

    /** Whether body text follows the title candidate: a title needs it, a lone line is the body, not a headline. */
    private static boolean bodyAfterTitle(PastedPage p) {
        for (int i = p.titleIdx + 1; p.titleIdx >= 0 && i < p.n; i++) {
            if (p.kind[i] == null && (LineShapes.isProse(p.lines.get(i)) || p.lines.get(i).length() > 200)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the candidate line as the title, with a kicker glued to its front split off (see
     * {@link GluedWords#splitGlued}), and returns that kicker or null.
     */
    private static String takeTitle(PastedPage p) {
        String raw = p.lines.get(p.titleIdx);
        String[] split = GluedWords.splitGlued(raw);
        p.title = split[1];
        p.kind[p.titleIdx] = "title";
        p.rule[p.titleIdx] = "title: longest line before the first paragraph";
        p.prov.put("title", split[0] != null ? "longest header line, glued kicker \"" + split[0] + "\" split off" : "longest header line");
        return split[0];
    }

    /**
     * The other header lines: a byline ("Von Erika Muster") names the authors, a line above the title or one of four
     * words or fewer below it is a kicker; the kickers, the lowest first and the glued one last, joined by " | ".
     */
    private static void bylinesAndKickers(PastedPage p, List<Integer> header, String gluedKicker) {
        List<String> kickers = new ArrayList<>();
        if (gluedKicker != null) {
            kickers.add(gluedKicker);
        }
        for (int i : header) {
            String l = p.lines.get(i);
            if (i == p.titleIdx) {
                continue;
            }
            if (BYLINE.matcher(l).matches()) {
                p.kind[i] = "other";
                p.rule[i] = "byline";
                p.authors.add(l.replaceFirst("^(Von|By|Ein Kommentar von|Eine Analyse von)\\s+", ""));
            } else if (i < p.titleIdx || l.split(" ").length <= 4) {
                p.kind[i] = "kicker";
                p.rule[i] = i < p.titleIdx ? "kicker: short line above the title" : "kicker: short line below the title";
                kickers.add(0, l);
            }
        }
        p.kicker = kickers.isEmpty() ? null : String.join(" | ", kickers);
    }
}
