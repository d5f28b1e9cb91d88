package org.whosaid.analysis.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real alignment dev set in {@code ../shared/corpus/align-dev} (third-party text, read at test time, never copied
 * into the repository): its pages with their metadata and its gold statements. A page without a date is published
 * {@code null}; a date alone is read as 12:00 UTC.
 */
public record RealAlignDev(List<Page> pages, List<Gold> gold) {

    public record Page(String id, String text, String lang, String outlet, String url, OffsetDateTime published) {
    }

    /** One gold statement: its page, exact text, speaker, mode (direct/indirect/reported) and same-utterance id. */
    public record Gold(String page, String text, String speaker, String speakerSurface, String mode, String sid,
            String variant) {
        public boolean shared() {
            return !sid.startsWith("X-");
        }
    }

    public static RealAlignDev load() throws IOException {
        return load(SharedCorpus.require("align-dev"));
    }

    public static RealAlignDev load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("pages"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = p.getFileName().toString().replace(".txt", "");
                JsonNode meta = json.readTree(dir.resolve("pages").resolve(id + ".meta.json").toFile());
                JsonNode pub = meta.get("published");
                OffsetDateTime at = pub == null || pub.isNull() ? null : published(pub.asText());
                pages.add(new Page(id, Files.readString(p, StandardCharsets.UTF_8), meta.get("lang").asText(),
                        meta.get("outlet").asText(), meta.get("url").asText(), at));
            }
        }
        List<Gold> gold = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            gold.add(new Gold(n.get("page").asText(), n.get("text").asText(), n.get("speaker").asText(),
                    n.hasNonNull("speaker_surface") ? n.get("speaker_surface").asText() : null, n.get("mode").asText(),
                    n.get("sid").asText(), n.hasNonNull("variant") ? n.get("variant").asText() : null));
        }
        return new RealAlignDev(pages, gold);
    }

    static OffsetDateTime published(String s) {
        if (s.length() == 10) return LocalDate.parse(s).atTime(12, 0).atOffset(ZoneOffset.UTC);
        return OffsetDateTime.parse(s);
    }

    public Page page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
