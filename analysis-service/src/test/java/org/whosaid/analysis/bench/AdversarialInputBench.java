package org.whosaid.analysis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.eval.Extractors;

/**
 * Extraction time against input size for the adversarial shapes of issue 15 (dense quotation marks, a quote opener
 * repeated, unclosed marks, one long line of words, hyphen chains, many short lines) next to ordinary prose. For each shape the size
 * doubles from 2.5 KB (plus 64 KiB, the anonymous cap, and 2 MiB, the keyed cap, when within it) up to
 * {@code whosaid.bench.max-kb} (default 1024) and stops early once one call took longer than
 * {@code whosaid.bench.stop-seconds} (default 5), so a quadratic shape cannot hold a shared core for minutes;
 * {@code whosaid.bench.shape=prose} runs only the shapes whose name contains "prose" (for a profile).
 * Prints, per shape and size, the CPU time of the extracting thread and the statements found; also written to
 * target/adversarial-bench.txt. Off by default (no timed assertion); command in docs/operations.md:
 * {@code ./mvnw -B -q -o -pl analysis-service test -Dtest=AdversarialInputBench -Dwhosaid.bench=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
class AdversarialInputBench {

    /** whosaid.analysis.max-text-bytes, the largest text of a caller with a key (2 MiB) */
    static final int KEYED_CAP = 2 * 1024 * 1024;

    static Map<String, IntFunction<String>> shapes() {
        Map<String, IntFunction<String>> s = new LinkedHashMap<>();
        s.put("\"a x n", n -> repeat("\"a", n));
        s.put("Er sagte: \" x n", n -> repeat("Er sagte: \"", n));
        s.put("„ x n (unclosed)", n -> repeat("„", n));
        s.put("\"x then ' \"a\"' x n", n -> "\"x " + repeat("„", n / 6) + repeat(" \"a\"", n));
        s.put("» « x n", n -> repeat("»a«", n));
        s.put("words, one line", n -> repeat("wort ", n));
        s.put("hyphen chain", n -> repeat("-wort", n));
        s.put("short lines", n -> repeat("Wort\n", n));
        s.put("sagte er. x n", n -> repeat("„Ja“, sagte er. ", n));
        s.put("prose", n -> repeat("Der Bürgermeister Ilse Brandt sagte am Montag, der Hafen werde wieder geöffnet. "
                + "„Wir öffnen den Hafen am Montag“, sagte sie. Laut Brandt sei die Lage ruhig.\n", n));
        return s;
    }

    static String repeat(String unit, int bytes) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat(Math.max(1, bytes / unitBytes));
    }

    @Test
    void timeAgainstSize() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("whosaid.bench"), "benchmark off: run with -Dwhosaid.bench=true");
        int maxKb = Integer.getInteger("whosaid.bench.max-kb", 1024);
        double stop = Double.parseDouble(System.getProperty("whosaid.bench.stop-seconds", "5"));
        String only = System.getProperty("whosaid.bench.shape", ""); // e.g. "prose": only the shapes so named
        Extractor extractor = Extractors.standard();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30; i++) {
            extractor.extract(shapes().get("prose").apply(4096), "de"); // warm-up
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%-28s %10s %10s %10s%n", "shape", "KB", "CPU s", "statements"));
        for (Map.Entry<String, IntFunction<String>> e : shapes().entrySet()) {
            if (!only.isEmpty() && !e.getKey().contains(only)) continue;
            java.util.TreeSet<Integer> sizes = new java.util.TreeSet<>(java.util.List.of(65536)); // the anonymous cap
            for (int b = 2560; b <= maxKb * 1024; b *= 2) {
                sizes.add(b);
            }
            if (KEYED_CAP <= maxKb * 1024) sizes.add(KEYED_CAP);
            for (int bytes : sizes) {
                String text = e.getValue().apply(bytes);
                long cpu0 = threads.getCurrentThreadCpuTime();
                int found = extractor.extract(text, "de").statements().size();
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                String line = String.format(Locale.ROOT, "%-28s %10d %10.3f %10d%n", e.getKey(),
                        text.getBytes(StandardCharsets.UTF_8).length / 1024, cpu, found);
                System.out.print(line);
                report.append(line);
                if (cpu > stop) {
                    report.append(String.format(Locale.ROOT, "%-28s stopped: over %.0f s%n", e.getKey(), stop));
                    break;
                }
            }
        }
        Files.writeString(Path.of("target/adversarial-bench.txt"), report.toString());
    }
}
