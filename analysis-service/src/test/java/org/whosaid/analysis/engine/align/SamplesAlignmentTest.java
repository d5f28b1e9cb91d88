package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.eval.Extractors;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

/**
 * The bundled samples (deploy/samples, fictional) as a new user first sees them: each of the seven statements of
 * deploy/samples/README.md should be found in every rendering, with its speaker, and form one cluster with all of them,
 * apart from the others; the test holds the number that do at a floor and prints the rest with the evidence of each split pair.
 */
class SamplesAlignmentTest {
    static final int SAMPLES_FLOOR = 7;
    /** Who says each statement (deploy/samples/README.md): every rendering must name that person. */
    static final Map<String, String> SPEAKER = Map.of("chip", "Brandtner", "cost", "Brandtner", "strike", "Wettberg",
            "talk", "Wettberg", "friday", "Lindqvist", "start", "Wettberg", "ships", "Brandtner");

    @Test
    void theSevenSampleStatementsEachFormOneCluster() throws IOException {
        Map<String, List<String[]>> gold = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/samples-align/gold.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\\|");
                gold.computeIfAbsent(f[0].trim(), k -> new ArrayList<>()).add(new String[] {f[1].trim(), f[2].trim()});
            }
        }
        Extractor ex = Extractors.standard();
        Aligner aligner = Aligner.standard();
        List<StatementView> views = new ArrayList<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        long article = 1;
        try (Stream<Path> files = Files.list(Path.of("../deploy/samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = json.readTree(p.toFile());
                String text = n.get("text").asText();
                ExtractionResult r = ex.extract(text, n.get("language").asText());
                for (Statement s : r.statements()) {
                    if (s.quote() == null) continue;
                    String id = p.getFileName().toString().substring(0, 2) + "/" + s.id();
                    views.add(new StatementView(id, article, n.get("outlet").asText(), OffsetDateTime.parse(n.get("publishedAt").asText()),
                            r.language(), null, s.speaker() == null ? null : s.speaker().name(), s.form().name(), s.quote().text(),
                            RealAlignReport.context(text, s.quote().start(), s.quote().end()),
                            s.channel() == null ? null : s.channel().text(),
                            s.intermediary() == null ? null : s.intermediary().name(),
                            s.speaker() == null || StatementView.named(s.speaker().resolution())));
                    fileOf.put(id, p.getFileName().toString().substring(0, 2));
                }
                article++;
            }
        }
        Map<String, String> cluster = Grouping.group(aligner, views);
        StringBuilder report = new StringBuilder();
        int whole = 0;
        Set<String> clustersUsed = new TreeSet<>();
        List<String> wrongSpeaker = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> g : gold.entrySet()) {
            Set<String> clusters = new TreeSet<>();
            List<String> missing = new ArrayList<>();
            for (String[] r : g.getValue()) {
                StatementView hit = views.stream().filter(v -> fileOf.get(v.statementId()).equals(r[0]) && v.quote().contains(r[1]))
                        .findFirst().orElse(null);
                if (hit == null) missing.add(r[0] + " '" + r[1] + "'");
                else clusters.add(cluster.get(hit.statementId()));
            }
            List<StatementView> hits = new ArrayList<>();
            for (String[] r : g.getValue())
                views.stream().filter(v -> fileOf.get(v.statementId()).equals(r[0]) && v.quote().contains(r[1])).findFirst().ifPresent(hits::add);
            for (StatementView h : hits)
                if (h.speakerName() == null || !h.speakerName().contains(SPEAKER.get(g.getKey())))
                    wrongSpeaker.add(g.getKey() + " " + h.statementId() + " [" + h.speakerName() + "]");
            for (int i = 0; i < hits.size(); i++)
                for (int j = i + 1; j < hits.size(); j++) {
                    StatementView a = hits.get(i), b = hits.get(j);
                    if (!cluster.get(a.statementId()).equals(cluster.get(b.statementId())))
                        report.append("   ").append(a.statementId()).append(" [").append(a.speakerName()).append("] ~ ").append(b.statementId())
                                .append(" [").append(b.speakerName()).append("]: ")
                                .append(aligner.compare(a, aligner.signature(a), b, aligner.signature(b)).evidence()).append('\n')
                                .append("      keys ").append(aligner.queryKeys(a, aligner.signature(a))).append('\n')
                                .append("      keys ").append(aligner.blockingKeys(b, aligner.signature(b))).append('\n');
                }
            boolean ok = missing.isEmpty() && clusters.size() == 1 && !clustersUsed.contains(clusters.iterator().next());
            if (ok) whole++;
            clustersUsed.addAll(clusters);
            report.append(String.format("%-7s %s clusters %s%s%n", g.getKey(), ok ? "one cluster" : "SPLIT", clusters,
                    missing.isEmpty() ? "" : " not found: " + missing));
        }
        System.out.print("samples: " + whole + "/" + gold.size() + " statements form one cluster each\n" + report);
        assertNotNull(cluster);
        // all seven, each with all its renderings (issue 8; docs/alignment.md)
        assertTrue(whole >= SAMPLES_FLOOR, whole + " of " + gold.size() + " below the floor " + SAMPLES_FLOOR + "\n" + report);
        // each rendering with its right speaker (issue 13)
        assertTrue(wrongSpeaker.isEmpty(), "renderings without their speaker: " + wrongSpeaker);
    }
}
