package org.whosaid.analysis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Article texts for the benchmarks, read at run time (never copied into the repository): the {@code originalText} of
 * gnqa json files, or the content of {@code .txt} files, from a directory; optionally only those of a given UTF-8 size.
 * Directory: system property {@code whosaid.bench.dir}, else {@code <whosaid.shared>/corpus/gnqa2024/dev}, else
 * {@code ../shared/corpus/gnqa2024/dev} (from the repository root or a module).
 */
public final class BenchTexts {
    private BenchTexts() {
    }

    public static Path defaultDir() {
        String dir = System.getProperty("whosaid.bench.dir");
        if (dir != null) return Path.of(dir);
        List<Path> candidates = new ArrayList<>();
        String shared = System.getProperty("whosaid.shared");
        if (shared != null) candidates.add(Path.of(shared, "corpus/gnqa2024/dev"));
        candidates.add(Path.of("../shared/corpus/gnqa2024/dev"));
        candidates.add(Path.of("../../shared/corpus/gnqa2024/dev"));
        for (Path p : candidates) if (Files.isDirectory(p)) return p;
        throw new IllegalStateException("no benchmark texts: set -Dwhosaid.bench.dir=<dir of gnqa json or .txt files>");
    }

    /** Texts whose UTF-8 size is within [minBytes, maxBytes], sorted by file name. */
    public static List<String> load(Path dir, int minBytes, int maxBytes) {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String text;
                if (name.endsWith(".json")) text = json.readTree(f.toFile()).path("originalText").asText();
                else if (name.endsWith(".txt")) text = Files.readString(f, StandardCharsets.UTF_8);
                else continue;
                int bytes = text.getBytes(StandardCharsets.UTF_8).length;
                if (bytes >= minBytes && bytes <= maxBytes) out.add(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) throw new IllegalStateException("no texts of " + minBytes + "–" + maxBytes + " bytes in " + dir);
        return out;
    }
}
