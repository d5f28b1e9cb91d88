package org.whosaid.analysis.engine.align;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day of a statement in an article without a publication date, when its paragraph states one: the last calendar
 * date (day and month, "am 6. August", "on August 6", "6.8.") written before the statement, in its own paragraph
 * and at most {@link #WINDOW} characters back (the statement's own words may talk about other days). A date announced for later ("bis zum 6. August", "until August 6") is
 * not the day. The year is the latest that puts the day no more than two days after {@code reference} (the day the
 * article was analysed). Weekdays and "gestern" are not read: they need the publication day.
 */
public final class UndatedDay {
    /** How far back from the statement's start the paragraph is read (characters). */
    static final int WINDOW = 800;
    /** "bis zum 6. August", "until August 6", "Frist bis Donnerstag, den 6. August": a date looked ahead to. */
    private static final Pattern ANNOUNCED = Pattern.compile(
            "\\b(bis|until|by|ab|seit|since|before|kommenden|nächsten|next|coming|frist|deadline)\\b[^.;:!?\\n]{0,25}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private UndatedDay() {
    }

    /** The stated day, or null when the paragraph states none (or {@code text} is null or {@code start} is outside it). */
    public static LocalDate of(String text, int start, LocalDate reference) {
        if (text == null || reference == null || start < 0 || start > text.length()) return null;
        int from = Math.max(0, start - WINDOW);
        int nl = text.lastIndexOf('\n', Math.max(0, start - 1));
        if (nl >= from) from = nl + 1;
        String para = text.substring(from, start);
        if (!DayResolver.mayStateDay(para)) return null;
        LocalDate last = null;
        int lastAt = -1;
        for (int kind = 0; kind < 3; kind++) {
            Matcher m = (kind == 0 ? DayResolver.DATE_DM : kind == 1 ? DayResolver.DATE_MD : DayResolver.DATE_NUM).matcher(para);
            while (m.find()) {
                if (m.start() <= lastAt || announced(para, m.start())) continue;
                LocalDate d = kind == 0 ? DayResolver.date(reference, month(m.group(2)), Integer.parseInt(m.group(1)))
                        : kind == 1 ? DayResolver.date(reference, month(m.group(1)), Integer.parseInt(m.group(2)))
                        : numeric(reference, m);
                if (d != null) {
                    last = d;
                    lastAt = m.start();
                }
            }
        }
        return last;
    }

    /** "6.8." resolves like a written month; "6.8.2024" is that day (null when there is no such day). */
    private static LocalDate numeric(LocalDate reference, Matcher m) {
        int day = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) return DayResolver.date(reference, month, day);
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer month(String name) {
        return DayResolver.MONTHS.get(name.toLowerCase(Locale.GERMAN));
    }

    private static boolean announced(String para, int at) {
        return ANNOUNCED.matcher(para.substring(Math.max(0, at - 40), at)).find();
    }
}
