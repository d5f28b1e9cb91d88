package org.whosaid.analysis.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One line of seeds-gold.jsonl: who said what in which seed document. */
public record SeedGold(String doc, String speaker, String mode, String cue, String text, String quoted,
                       List<String> speakerAlt, boolean optional) {
    public SeedGold {
        speakerAlt = speakerAlt == null ? List.of() : List.copyOf(speakerAlt);
    }

    public static List<SeedGold> read(Path jsonl) {
        ObjectMapper json = new ObjectMapper();
        List<SeedGold> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(jsonl)) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                List<String> alt = new ArrayList<>();
                JsonNode a = n.path("speaker_alt");
                if (a.isArray()) a.forEach(x -> alt.add(x.asText()));
                else if (a.isTextual()) alt.add(a.asText());
                out.add(new SeedGold(n.path("doc").asText(), n.path("speaker").asText(), n.path("mode").asText(null),
                        n.path("cue").asText(null), n.path("text").asText(), n.path("quoted").asText(null), alt,
                        n.path("optional").asBoolean(false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
        return out;
    }
}
