package org.whosaid.ingest.clean;

import java.time.*;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Finds a publication date in a short line: absolute German and English forms (interpreted in the outlet's
 * zone), ISO-8601, and relative forms ("Heute, 19:11", "gestern", "vor 2 Stunden", "3 hours ago") resolved
 * against a reference time (the fetch or ingest time).
 */
public final class DateFinder {

    /** A date found in text: the value, whether a time of day was given, the matched span and the rule. */
    public record Found(ZonedDateTime value, boolean hasTime, String matched, int start, int end, String rule) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            entry("januar", 1), entry("jänner", 1), entry("jan", 1), entry("january", 1),
            entry("februar", 2), entry("feb", 2), entry("february", 2),
            entry("märz", 3), entry("maerz", 3), entry("mär", 3), entry("mar", 3), entry("march", 3),
            entry("april", 4), entry("apr", 4),
            entry("mai", 5), entry("may", 5),
            entry("juni", 6), entry("jun", 6), entry("june", 6),
            entry("juli", 7), entry("jul", 7), entry("july", 7),
            entry("august", 8), entry("aug", 8),
            entry("september", 9), entry("sep", 9), entry("sept", 9),
            entry("oktober", 10), entry("okt", 10), entry("oct", 10), entry("october", 10),
            entry("november", 11), entry("nov", 11),
            entry("dezember", 12), entry("dez", 12), entry("dec", 12), entry("december", 12));

    private static final String MONTH = "(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
            + "|January|February|March|May|June|July|October|December"
            + "|Jan|Feb|Mär|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Oct|Nov|Dez|Dec)\\.?";
    private static final String TIME_DE = "(?:\\s*[,|·•–-]?\\s*(?:um\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s*Uhr)?)?";
    private static final String TIME_EN = "(?:\\s*[,|·•–-]?\\s*(?:at\\s+)?(\\d{1,2})[:.](\\d{2})\\s*([AaPp]\\.?[Mm]\\.?)?)?";

    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DE_NUMERIC = Pattern.compile(
            "\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})" + TIME_DE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+" + MONTH + "\\s+(\\d{4})" + TIME_DE.replace("(?:\\s*Uhr)?", "\\s*(Uhr|[AaPp]\\.?[Mm]\\.?)?"),
            Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME_EN);
    private static final Pattern REL_DAY = Pattern.compile(
            "(?i)\\b(heute|gestern|vorgestern|today|yesterday)\\b(?:\\s*[,|·•–-]?\\s*(?:um\\s+|at\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s*(Uhr|[ap]\\.?m\\.?))?)?",
            Pattern.UNICODE_CASE);
    private static final Pattern REL_AGO_DE = Pattern.compile(
            "(?i)\\bvor\\s+(\\d+|einer|einem|zwei|drei|vier|fünf)\\s+(Minute|Minuten|Stunde|Stunden|Tag|Tagen)\\b", Pattern.UNICODE_CASE);
    private static final Pattern REL_AGO_EN = Pattern.compile(
            "(?i)\\b(\\d+|an|a|one|two|three)\\s+(minute|minutes|min|mins|hour|hours|day|days)\\s+ago\\b");

    private DateFinder() {
    }

    /** The first date in {@code text}; absolute forms in {@code zone}, relative ones against {@code reference}. */
    public static Optional<Found> find(String text, ZoneId zone, ZonedDateTime reference) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        ZonedDateTime ref = reference.withZoneSameInstant(zone);
        Found best = null;
        for (Found f : new Found[]{iso(text, zone), deNumeric(text, zone), dayMonth(text, zone), monthDay(text, zone),
                relDay(text, ref), relAgo(text, ref)}) {
            if (f != null && (best == null || f.start() < best.start())) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Parses a machine date from HTML metadata (ISO-8601, with or without offset). */
    public static Optional<ZonedDateTime> parseMachine(String s, ZoneId zone) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = s.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).toZonedDateTime().withZoneSameInstant(zone));
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return Optional.of(ZonedDateTime.parse(t).withZoneSameInstant(zone));
        } catch (DateTimeParseException e) {
            // fall through
        }
        Found f = iso(t, zone);
        return f == null ? Optional.empty() : Optional.of(f.value());
    }

    private static Found iso(String text, ZoneId zone) {
        Matcher m = ISO.matcher(text);
        if (!m.find()) {
            return null;
        }
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        if (d == null) {
            return null;
        }
        boolean hasTime = m.group(4) != null;
        LocalTime t = hasTime ? time(m.group(4), m.group(5), null) : LocalTime.MIDNIGHT;
        if (t == null) {
            return null;
        }
        if (m.group(6) != null) {
            t = t.withSecond(Integer.parseInt(m.group(6)));
        }
        ZonedDateTime v;
        if (m.group(7) != null) {
            String off = m.group(7);
            ZoneOffset o = off.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(off.length() == 5 ? off.substring(0, 3) + ":" + off.substring(3) : off);
            v = LocalDateTime.of(d, t).atOffset(o).atZoneSameInstant(zone);
        } else {
            v = LocalDateTime.of(d, t).atZone(zone);
        }
        return new Found(v, hasTime, m.group(), m.start(), m.end(), "iso-8601");
    }

    private static Found deNumeric(String text, ZoneId zone) {
        Matcher m = DE_NUMERIC.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d == null) {
                continue;
            }
            return withTime(d, m.group(4), m.group(5), null, zone, m, "german-numeric-date");
        }
        return null;
    }

    private static Found dayMonth(String text, ZoneId zone) {
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            LocalDate d = month == null ? null : date(m.group(3), String.valueOf(month), m.group(1));
            if (d == null) {
                continue;
            }
            String suffix = m.group(6);
            String ampm = suffix != null && !suffix.equalsIgnoreCase("Uhr") ? suffix : null;
            return withTime(d, m.group(4), m.group(5), ampm, zone, m, "day-month-name-date");
        }
        return null;
    }

    private static Found monthDay(String text, ZoneId zone) {
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            LocalDate d = month == null ? null : date(m.group(3), String.valueOf(month), m.group(2));
            if (d == null) {
                continue;
            }
            return withTime(d, m.group(4), m.group(5), m.group(6), zone, m, "english-month-day-date");
        }
        return null;
    }

    private static Found relDay(String text, ZonedDateTime ref) {
        Matcher m = REL_DAY.matcher(text);
        if (!m.find()) {
            return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        int back = switch (w) {
            case "gestern", "yesterday" -> 1;
            case "vorgestern" -> 2;
            default -> 0;
        };
        LocalDate d = ref.toLocalDate().minusDays(back);
        if (m.group(2) == null) {
            return new Found(d.atStartOfDay(ref.getZone()), false, m.group(), m.start(), m.end(), "relative-day");
        }
        String suffix = m.group(4);
        LocalTime t = time(m.group(2), m.group(3), suffix != null && !suffix.equalsIgnoreCase("Uhr") ? suffix : null);
        if (t == null) {
            return null;
        }
        ZonedDateTime v = LocalDateTime.of(d, t).atZone(ref.getZone());
        // a page read before it was pasted: "Heute, 19:11" pasted at 10:30 was yesterday's, never a time still to come
        if (v.isAfter(ref)) {
            return new Found(v.minusDays(1), true, m.group(), m.start(), m.end(), "relative-day-time, a day back (the time lies after the reference)");
        }
        return new Found(v, true, m.group(), m.start(), m.end(), "relative-day-time");
    }

    private static Found relAgo(String text, ZonedDateTime ref) {
        Matcher m = REL_AGO_DE.matcher(text);
        Matcher e = REL_AGO_EN.matcher(text);
        Matcher use = null;
        if (m.find()) {
            use = m;
        }
        if (e.find() && (use == null || e.start() < use.start())) {
            use = e;
        }
        if (use == null) {
            return null;
        }
        int n = number(use.group(1));
        String unit = use.group(2).toLowerCase(Locale.ROOT);
        ZonedDateTime v;
        if (unit.startsWith("min")) {
            v = ref.minusMinutes(n);
        } else if (unit.startsWith("stunde") || unit.startsWith("hour")) {
            v = ref.minusHours(n);
        } else {
            v = ref.minusDays(n);
        }
        return new Found(v.withSecond(0).withNano(0), !unit.startsWith("tag") && !unit.startsWith("day"), use.group(),
                use.start(), use.end(), "relative-ago");
    }

    private static int number(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one", "einer", "einem" -> 1;
            case "two", "zwei" -> 2;
            case "three", "drei" -> 3;
            case "vier" -> 4;
            case "fünf" -> 5;
            default -> Integer.parseInt(s);
        };
    }

    private static Found withTime(LocalDate d, String h, String min, String ampm, ZoneId zone, Matcher m, String rule) {
        if (h == null) {
            return new Found(d.atStartOfDay(zone), false, m.group(), m.start(), m.end(), rule);
        }
        LocalTime t = time(h, min, ampm);
        if (t == null) {
            return new Found(d.atStartOfDay(zone), false, m.group(), m.start(), m.end(), rule);
        }
        return new Found(LocalDateTime.of(d, t).atZone(zone), true, m.group(), m.start(), m.end(), rule);
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2200) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalTime time(String h, String m, String ampm) {
        try {
            int hour = Integer.parseInt(h);
            int minute = Integer.parseInt(m);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return LocalTime.of(hour, minute);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
