package org.whosaid.analysis.bench;

import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.eval.Extractors;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Extraction throughput by CPU time, for a shared machine where wall-clock benchmarks (JMH) are distorted by other
 * load: one thread extracts the 2–5 KB texts for a warm-up period, then for a measured period, and reports articles
 * per wall second and articles per CPU second of that thread (= per core), plus heap used after a full GC.
 * Args: [warm-up seconds, default 20] [measured seconds, default 30]. Command: see docs/accuracy.md.
 */
public final class ExtractionCpuTime {
    private ExtractionCpuTime() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String> texts = BenchTexts.load(BenchTexts.defaultDir(), 2048, 5120);
        long t0 = System.nanoTime();
        Extractor extractor = Extractors.standard();
        extractor.extract(texts.get(0), "de");
        double startup = (System.nanoTime() - t0) / 1e9;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int i = 0;
        long sink = 0;
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) sink += extractor.extract(texts.get(i++ % texts.size()), "de").statements().size();
        int n = 0;
        long cpu0 = threads.getCurrentThreadCpuTime(), wall0 = System.nanoTime();
        long end = wall0 + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            sink += extractor.extract(texts.get(i++ % texts.size()), "de").statements().size();
            n++;
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9, wall = (System.nanoTime() - wall0) / 1e9;
        System.gc();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.out.printf(Locale.ROOT, "extractor %s, %d texts of 2–5 KB, first call (incl. loading) %.2f s%n",
                extractor.version(), texts.size(), startup);
        System.out.printf(Locale.ROOT, "%d articles in %.1f s wall, %.1f s CPU: %.1f articles/s wall, %.1f articles per CPU-second"
                + " (%.2f ms CPU per article); %d statements%n", n, wall, cpu, n / wall, n / cpu, 1000 * cpu / n, sink);
        System.out.printf(Locale.ROOT, "heap used after GC %.1f MB (max %.0f MB)%n",
                mem.getHeapMemoryUsage().getUsed() / 1048576.0, mem.getHeapMemoryUsage().getMax() / 1048576.0);
    }
}
