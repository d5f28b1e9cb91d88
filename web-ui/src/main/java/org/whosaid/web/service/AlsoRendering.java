package org.whosaid.web.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

import org.whosaid.web.client.Json;
import org.whosaid.web.service.Views.StatementV;

/**
 * A rendering of another cluster that also carries this cluster's utterance (a longer statement rendering two
 * remarks), from the {@code alsoRenders} of {@code GET /api/clusters/{id}}, e.g. outlet "Kurier Nord" with weight
 * "0.58"; the cluster page lists it below its own renderings, with a link to the cluster it belongs to.
 */
@TemplateData
public record AlsoRendering(StatementV s, String weight) {

    /** The cluster's also-renders, best first as the API gives them (none when the field is missing). */
    public static List<AlsoRendering> of(JsonNode cluster) {
        List<AlsoRendering> out = new ArrayList<>();
        for (JsonNode a : Json.list(cluster, "alsoRenders")) {
            JsonNode s = Json.field(a, "statement");
            if (s == null || !s.isObject()) continue;
            JsonNode w = Json.field(a, "weight");
            out.add(new AlsoRendering(Views.statement(s), w == null ? "" : String.format(Locale.ROOT, "%.2f", w.asDouble())));
        }
        return out;
    }
}
