package org.whosaid.analysis.engine.eval;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only corpus at run time: system property {@code whosaid.shared}, else {@code ../shared} next to
 * the repository root. Tests that need it skip with a message when it is absent.
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    public static Path find() {
        String prop = System.getProperty("whosaid.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "corpus"))) return Path.of(prop);
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("../shared/corpus")))
                return dir.resolve("../shared").normalize();
            dir = dir.getParent();
        }
        return null;
    }

    /** The corpus sub-path, or the test is skipped (aborted) with a clear message. */
    public static Path require(String relative) {
        Path shared = find();
        Assumptions.assumeTrue(shared != null,
                "shared corpus not found (set -Dwhosaid.shared=<dir holding corpus/>); skipping " + relative);
        Path p = shared.resolve("corpus").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "corpus path " + p + " is absent; skipping");
        return p;
    }
}
