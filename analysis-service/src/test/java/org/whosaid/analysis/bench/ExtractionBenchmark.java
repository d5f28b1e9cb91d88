package org.whosaid.analysis.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.eval.Extractors;
import org.whosaid.analysis.engine.model.ExtractionResult;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Extraction throughput on German articles of 2–5 KB (UTF-8), one thread: the score is articles per second per core.
 * Each call extracts the next article of the set (the gnqa dev texts of that size, read at run time), cycling.
 * Command: see docs/accuracy.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {
    private Extractor extractor;
    private List<String> texts;
    private int next;

    @Setup
    public void setUp() {
        extractor = Extractors.standard();
        texts = BenchTexts.load(BenchTexts.defaultDir(), 2048, 5120);
    }

    @Benchmark
    public ExtractionResult extractOneArticle() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return extractor.extract(text, "de");
    }
}
