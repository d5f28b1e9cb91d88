package org.whosaid.analysis.service;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Where the write of one article spends its time: per phase (lock wait, persons, align, clusters, stories, names) a
 * wall-clock timer {@code whosaid.write.phase} and a thread-CPU timer {@code whosaid.write.phase.cpu} (tag
 * {@code phase}), at /q/metrics. Thread CPU time is what a shared, busy machine distorts least.
 */
@ApplicationScoped
public class WritePhases {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final MeterRegistry meters;
    private final ConcurrentHashMap<String, Timer[]> timers = new ConcurrentHashMap<>();

    public WritePhases(MeterRegistry meters) {
        this.meters = meters;
    }

    public void run(String phase, Runnable work) {
        call(phase, () -> {
            work.run();
            return null;
        });
    }

    public <T> T call(String phase, Supplier<T> work) {
        Timer[] t = timers.computeIfAbsent(phase, p -> new Timer[] {
                Timer.builder("whosaid.write.phase").tag("phase", p)
                        .description("wall time of one phase of an article write").register(meters),
                Timer.builder("whosaid.write.phase.cpu").tag("phase", p)
                        .description("thread CPU time of one phase of an article write").register(meters)});
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        try {
            return work.get();
        } finally {
            t[0].record(System.nanoTime() - wall, TimeUnit.NANOSECONDS);
            long c = cpuNanos();
            if (cpu >= 0 && c >= 0) {
                t[1].record(c - cpu, TimeUnit.NANOSECONDS);
            }
        }
    }

    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
