package org.whosaid.analysis.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes everything the extractor finds on the development data to one text file, so that a restructuring can be
 * checked to leave the output byte-identical: every statement (form, medium, quote/speaker/cue/frame/addressee/
 * channel spans, resolved name, rule, confidence, evidence) and every entity mention, for the gnqa dev split, the
 * align-dev pages, the seeds and the bundled fictional samples. Example:
 * <pre>
 *   ./mvnw -q -pl analysis-service test -Dtest=ExtractionDumpReport -Dwhosaid.dump=/tmp/before.txt
 *   (change the code)
 *   ./mvnw -q -pl analysis-service test -Dtest=ExtractionDumpReport -Dwhosaid.dump=/tmp/after.txt
 *   cmp /tmp/before.txt /tmp/after.txt
 * </pre>
 * The corpus is read at run time and the file is written outside the repository (default
 * {@code target/extraction-dump.txt}); it holds third-party text and must not be committed.
 */
class ExtractionDumpReport {

    @Test
    void dump() throws IOException {
        Path gnqa = SharedCorpus.require("gnqa2024/dev");
        Extractor ex = Extractors.standard();
        StringBuilder out = new StringBuilder();
        out.append("# extractor ").append(ex.version()).append('\n');
        for (GnqaDocument d : GnqaDocument.readDirectory(gnqa))
            append(out, "gnqa-dev/" + d.name(), ex.extract(d.text(), "de"));
        RealAlignDev dev = RealAlignDev.load();
        for (RealAlignDev.Page p : dev.pages())
            append(out, "align-dev/" + p.id(), ex.extract(p.text(), p.lang()));
        Path seeds = SharedCorpus.require("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList())
                append(out, "seeds/" + f.getFileName(), ex.extract(Files.readString(f, StandardCharsets.UTF_8), "de"));
        }
        Path samples = samplesDir();
        if (samples != null) {
            ObjectMapper json = new ObjectMapper();
            try (Stream<Path> files = Files.list(samples)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode n = json.readTree(f.toFile());
                    append(out, "samples/" + f.getFileName(), ex.extract(n.get("text").asText(), n.get("language").asText()));
                }
            }
        }
        Path file = Path.of(System.getProperty("whosaid.dump", "target/extraction-dump.txt"));
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
        System.out.println("extraction dump: " + file.toAbsolutePath() + " (" + out.length() + " chars)");
    }

    private static void append(StringBuilder out, String name, ExtractionResult r) {
        out.append("== ").append(name).append(" (").append(r.language()).append(")\n");
        for (Statement s : r.statements()) out.append(s).append('\n');
        r.entities().forEach(e -> out.append("  entity ").append(e).append('\n'));
    }

    private static Path samplesDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("deploy/samples"))) return dir.resolve("deploy/samples");
            dir = dir.getParent();
        }
        return null;
    }
}
