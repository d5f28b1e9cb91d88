package org.whosaid.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import org.whosaid.web.client.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements a reviewer chooses from to merge into, to mark related or to move a rendering to (issue 17: chosen
 * from a list, not typed as a number): the related statements first, then the ones found (the same speaker's, those
 * matching the reviewer's words), each named by speaker and quote; never this statement itself, each once, at most
 * {@link #MAX}.
 */
public final class RegroupTargets {
    public static final int MAX = 40;

    /** One statement to choose: its id (the form's value), who said what, and in how many outlets (0 = not known). */
    @TemplateData
    public record Target(String id, String speaker, String quote, int outlets) {
    }

    private RegroupTargets() {
    }

    /**
     * @param self  the statement on the page
     * @param found answers of the analysis API: pages of clusters ({@code items}) or single clusters
     */
    public static List<Target> of(ClusterModel self, List<JsonNode> found) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (ClusterModel.Related r : self.related()) {
            add(out, self.id(), new Target(r.id(), r.speaker(), Views.shorten(r.excerpt(), 100), 0));
        }
        for (JsonNode answer : found) {
            if (answer == null || answer.isNull() || answer.isMissingNode()) continue;
            List<JsonNode> clusters = answer.has("items") ? Json.items(answer) : List.of(answer);
            for (JsonNode c : clusters) {
                Views.ClusterSummary s = Views.clusterSummary(c);
                add(out, self.id(), new Target(s.id(), s.speakerName(), Views.shorten(s.sample(), 100), s.outlets()));
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, Target> out, String self, Target t) {
        // only ids the decision form accepts (the analysis API's cluster numbers), and never the page's own statement
        if (out.size() >= MAX || t.id() == null || !t.id().matches("[1-9][0-9]{0,17}") || t.id().equals(self)) return;
        out.putIfAbsent(t.id(), t);
    }
}
