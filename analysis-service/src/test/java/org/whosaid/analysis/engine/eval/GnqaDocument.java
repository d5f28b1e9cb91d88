package org.whosaid.analysis.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** One gnqa2024 article (documentName, originalText, tokens, annotations) as read from its JSON file. */
public record GnqaDocument(String name, String text, List<Token> tokens, List<Annotation> gold) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public GnqaDocument {
        tokens = List.copyOf(tokens);
        gold = List.copyOf(gold);
    }

    public static GnqaDocument read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<Token> tokens = new ArrayList<>();
            for (JsonNode t : root.path("tokens")) {
                tokens.add(new Token(t.path("id").asInt(), t.path("text").asText(), t.path("charBegin").asInt(),
                        t.path("charEnd").asInt(), t.path("sentence").asInt()));
            }
            List<Annotation> gold = new ArrayList<>();
            int index = 0;
            for (JsonNode a : root.path("annotations")) {
                Map<Role, Set<Integer>> roles = new EnumMap<>(Role.class);
                for (Role r : Role.values()) {
                    Set<Integer> ids = new HashSet<>();
                    for (JsonNode id : a.path(r.jsonName).path("tokenIds")) ids.add(id.asInt());
                    roles.put(r, ids);
                }
                String medium = a.path("medium").isMissingNode() ? null : a.path("medium").asText();
                gold.add(new Annotation(a.path("type").asText(), medium, roles,
                        "gold#" + a.path("id").asInt(index), index));
                index++;
            }
            String name = root.path("documentName").asText(file.getFileName().toString());
            return new GnqaDocument(name, root.path("originalText").asText(), tokens, gold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gnqa document " + file, e);
        }
    }

    /** Every {@code *.json} file in {@code dir} (not recursive), sorted by file name. */
    public static List<GnqaDocument> readDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(GnqaDocument::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Text of the given token ids, in document order, joined by spaces (for error listings). */
    public String tokenText(Set<Integer> ids) {
        StringBuilder sb = new StringBuilder();
        ids.stream().sorted().forEach(i -> {
            if (i >= 0 && i < tokens.size()) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(tokens.get(i).text());
            }
        });
        return sb.toString();
    }
}
