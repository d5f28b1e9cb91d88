package org.whosaid.analysis.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 14: only {@code rest/} knows the API's records; no main class outside {@code org.whosaid.analysis.rest} names a
 * {@code rest} type, by import or fully qualified (e.g. {@code logging/} reads ids through its own interface).
 */
class NoRestImportsTest {
    private static final Path MAIN = Path.of("src/main/java/org/whosaid/analysis");

    @Test
    void noClassOutsideRestNamesARestType() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAIN.resolve("rest")))
                    .filter(f -> read(f).contains("org.whosaid.analysis.rest."))
                    .map(f -> MAIN.relativize(f).toString()).sorted().toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new IllegalStateException(f.toString(), e);
        }
    }
}
