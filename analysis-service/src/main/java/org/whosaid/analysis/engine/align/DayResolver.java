package org.whosaid.analysis.engine.align;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The utterance's own day from the words around the quote ("am Dienstag", "on Tuesday", "gestern",
 * "am 20. Januar", "on January 20"), relative to the publication day. Weekdays resolve to the latest such day
 * on or before publication. Only the context outside the quote is read (a quote may talk about other days).
 */
final class DayResolver {
    /** A resolved day; stated = the text said it (else it is the publication day); weekday/date as written. */
    record Day(LocalDate day, boolean stated, String marker, boolean explicitDate) {
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("montag", DayOfWeek.MONDAY), Map.entry("dienstag", DayOfWeek.TUESDAY),
            Map.entry("mittwoch", DayOfWeek.WEDNESDAY), Map.entry("donnerstag", DayOfWeek.THURSDAY),
            Map.entry("freitag", DayOfWeek.FRIDAY), Map.entry("samstag", DayOfWeek.SATURDAY),
            Map.entry("sonnabend", DayOfWeek.SATURDAY), Map.entry("sonntag", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> RELATIVE = Map.of("vorgestern", -2, "gestern", -1, "heute", 0,
            "yesterday", -1, "today", 0);
    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("april", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("dezember", 12), Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("october", 10),
            Map.entry("december", 12));
    private static final String WD = "(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MO = "(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober"
            + "|november|dezember|january|february|march|may|june|july|october|december)";
    static final Pattern DATE_DM = Pattern.compile("\\b(\\d{1,2})\\.?\\s+" + MO + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern DATE_MD = Pattern.compile("\\b" + MO + "\\s+(\\d{1,2})\\b(?!\\.\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern DATE_NUM = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?");
    private static final Pattern WEEKDAY = Pattern.compile("\\b" + WD + "(abend|morgen|nachmittag|vormittag|mittag)?\\b"
            + "|\\b(vorgestern|gestern|heute|yesterday|today)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Weekdays announced for the future or naming another event are not the day of the utterance. */
    private static final Pattern FUTURE = Pattern.compile("\\b(kommenden|nächsten|next|coming|bis|vom|seit|ab|zum|für|since|until|by|before|after)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DayResolver() {
    }

    /** Context with the quote cut out (when found in it). */
    static String outside(String context, String quote) {
        if (context == null) return "";
        if (quote == null || quote.length() < 8) return context;
        int i = context.indexOf(quote);
        if (i < 0) return context;
        return context.substring(0, i) + " … " + context.substring(i + quote.length());
    }

    /** Cheap test before the patterns: every marker has a digit, "tag"/"day", or is one of a few words. */
    static boolean mayStateDay(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < l.length(); i++) if (Character.isDigit(l.charAt(i))) return true;
        return l.contains("tag") || l.contains("day") || l.contains("mittwoch") || l.contains("sonnabend")
                || l.contains("gestern") || l.contains("heute");
    }

    static Day resolve(String context, String quote, LocalDate published) {
        if (published == null) return new Day(null, false, null, false);
        String text = outside(context, quote);
        if (text.isEmpty() || !mayStateDay(text)) return new Day(published, false, null, false);
        Matcher m = DATE_DM.matcher(text);
        if (m.find()) {
            LocalDate d = date(published, MONTHS.get(m.group(2).toLowerCase(Locale.GERMAN)), Integer.parseInt(m.group(1)));
            if (d != null) return new Day(d, true, m.group(), true);
        }
        m = DATE_MD.matcher(text);
        if (m.find()) {
            LocalDate d = date(published, MONTHS.get(m.group(1).toLowerCase(Locale.GERMAN)), Integer.parseInt(m.group(2)));
            if (d != null) return new Day(d, true, m.group(), true);
        }
        m = DATE_NUM.matcher(text);
        if (m.find()) {
            LocalDate d = date(published, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null) return new Day(d, true, m.group(), true);
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            if (FUTURE.matcher(text.substring(Math.max(0, m.start() - 14), m.start())).find()) continue;
            if (m.group(1) != null) {
                DayOfWeek dow = WEEKDAYS.get(m.group(1).toLowerCase(Locale.GERMAN));
                int back = (published.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
                return new Day(published.minusDays(back), true, m.group(), false);
            }
            int delta = RELATIVE.get(m.group(3).toLowerCase(Locale.GERMAN));
            return new Day(published.plusDays(delta), true, m.group(), false);
        }
        return new Day(published, false, null, false);
    }

    static LocalDate date(LocalDate published, Integer month, int day) {
        if (month == null || month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) return null;
        try {
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            if (d.isAfter(published.plusDays(2))) d = d.minusYears(1);
            return d;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
