package org.whosaid.ingest.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.whosaid.ingest.clean.DateFinder;
import org.whosaid.ingest.clean.HtmlExtractor;
import org.whosaid.ingest.clean.LanguageDetector;
import org.whosaid.ingest.clean.PasteCleaner;
import org.whosaid.ingest.clean.TextSanitizer;
import org.whosaid.ingest.service.ExtractionService;
import org.whosaid.ingest.service.Fingerprints;
import org.whosaid.ingest.service.InputParser;
import org.whosaid.ingest.service.WordDiff;

/**
 * Issue 15 finding 3: every regex of the cleaners and extractors, and the cleaner itself, on one long line of each
 * repetitive shape (up to whosaid.limits.max-line-chars = 100,000 characters): no StackOverflowError, and an answer
 * (the timeout is a hang guard, not a speed target).
 */
class PatternFuzzTest {

    static final int LINE = 100_000;

    static List<String> runs() {
        return runs(LINE);
    }

    /** Repetitive lines of about {@code length} characters (12,000 for the per-pattern runs: up to 6,000 repetitions, past the ≈ 5,000 that overflowed). */
    static List<String> runs(int length) {
        List<String> out = new ArrayList<>();
        for (String unit : List.of("-wort", "wort-", "a-", "a ", "Aa ", "aA", "1.", "1-", "0x", "..", "  ", "a.b ", "(Foto: a",
                "Von Anna ", "Lesezeit 3 Min ", "\u00a0", "a/", "„a“ ", "\"a", "12:00 / ", "Quelle: a ", "ab|", "—", "·", "x\t")) {
            out.add(unit.repeat(length / unit.length()));
        }
        out.add("Bild-" + "wort-".repeat(length / 5 - 2) + "wort.jpg");
        return out;
    }

    /** The paste cleaner's rule classes: package-private in {@code clean/}, so named here (a rename fails loudly). */
    static final List<String> CLEANER_RULES = List.of("LineShapes", "GluedWords", "Credits", "BlockRules", "Captions",
            "LineRules", "AgencyLines", "HeaderRules");

    static List<Pattern> patterns() throws ReflectiveOperationException {
        List<Class<?>> classes = new ArrayList<>(List.of(DateFinder.class, HtmlExtractor.class, LanguageDetector.class,
                TextSanitizer.class, ExtractionService.class, Fingerprints.class, InputParser.class, WordDiff.class));
        for (String name : CLEANER_RULES) {
            classes.add(Class.forName("org.whosaid.ingest.clean." + name));
        }
        List<Pattern> ps = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                    f.setAccessible(true);
                    ps.add((Pattern) f.get(null));
                }
            }
        }
        return ps;
    }

    /** A text that stops a regex once its time is up (regex engines read through charAt). */
    static final class Deadline implements CharSequence {
        final String s;
        final long end;

        Deadline(String s, long end) {
            this.s = s;
            this.end = end;
        }

        public int length() {
            return s.length();
        }

        public char charAt(int i) {
            if ((i & 0xff) == 0 && System.nanoTime() > end) {
                throw new IllegalStateException("time");
            }
            return s.charAt(i);
        }

        public CharSequence subSequence(int a, int b) {
            return new Deadline(s.substring(a, b), end);
        }

        public String toString() {
            return s;
        }
    }

    /**
     * Each pattern on each run: a stack overflow fails; more than 10 s is reported as slow (fails too) unless the
     * pattern is only ever used on short strings (listed with its guard below).
     */
    @Test
    void everyPatternSurvivesLongRuns() throws Exception {
        List<Pattern> ps = patterns();
        assertFalse(ps.isEmpty());
        List<String> problems = new ArrayList<>();
        for (Pattern p : ps) {
            for (String s : runs(12_000)) {
                long end = System.nanoTime() + 10_000_000_000L;
                try {
                    p.matcher(new Deadline(s, end)).matches();
                    p.matcher(new Deadline(s, end)).find();
                } catch (StackOverflowError e) {
                    problems.add("stack overflow: " + p.pattern() + " on \"" + s.substring(0, 12) + "…\"");
                } catch (IllegalStateException e) {
                    if (!SHORT_ONLY.contains(p.pattern())) {
                        problems.add("over 10 s: " + p.pattern() + " on \"" + s.substring(0, 12) + "…\"");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** Patterns applied only to short strings by their callers (the guard is named in the caller). */
    static final java.util.Set<String> SHORT_ONLY = java.util.Set.of();

    @Test
    void theCleanerSurvivesLongRuns() {
        assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
            for (String s : runs()) {
                try {
                    new PasteCleaner().clean("Titel\n\n" + s + "\n\nEin Satz mit Ende.", ZoneId.of("Europe/Berlin"),
                            ZonedDateTime.now());
                    DateFinder.find(s, ZoneId.of("UTC"), ZonedDateTime.now());
                } catch (StackOverflowError e) {
                    fail("the cleaner overflows the stack on a run of \"" + s.substring(0, 12) + "…\"");
                }
            }
        });
    }
}
