package org.whosaid.analysis.engine.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fictional dev set under src/test/resources/align-dev: statements with gold cluster labels. */
record DevSet(List<StatementView> statements, Map<String, String> clusterOf, List<List<String>> relatedClusters,
        List<JsonNode> plantedConflicts, List<List<String>> notRelatedClusters) {

    static DevSet load() throws IOException {
        try (InputStream in = DevSet.class.getResourceAsStream("/align-dev/dev-set.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<StatementView> out = new ArrayList<>();
            Map<String, String> cluster = new LinkedHashMap<>();
            for (JsonNode n : root.get("statements")) {
                StatementView v = new StatementView(text(n, "statementId"), n.get("articleId").asLong(), text(n, "outlet"),
                        OffsetDateTime.parse(text(n, "publishedAt")), text(n, "language"), text(n, "speakerEntityId"),
                        text(n, "speakerName"), text(n, "form"), text(n, "quote"), text(n, "context"), text(n, "channel"),
                        text(n, "intermediary"));
                out.add(v);
                cluster.put(v.statementId(), text(n, "cluster"));
            }
            List<List<String>> related = new ArrayList<>();
            for (JsonNode r : root.get("relatedClusters")) related.add(List.of(r.get(0).asText(), r.get(1).asText()));
            List<JsonNode> planted = new ArrayList<>();
            root.get("plantedConflicts").forEach(planted::add);
            List<List<String>> notRelated = new ArrayList<>();
            if (root.has("notRelatedClusters"))
                for (JsonNode r : root.get("notRelatedClusters")) notRelated.add(List.of(r.get(0).asText(), r.get(1).asText()));
            return new DevSet(out, cluster, related, planted, notRelated);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
