package org.whosaid.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import org.whosaid.web.client.Json;
import org.whosaid.web.service.Views.ConflictV;
import org.whosaid.web.service.Views.StatementV;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Everything the cluster page shows, built from {@code GET /api/clusters/{id}}: the renderings with the reference
 * first and every other one diffed word by word against it, conflicts, decisions (audit trail) and review status.
 */
@TemplateData
public record ClusterModel(String id, String speakerName, String entityId, String status, String note,
                           List<Rendering> renderings, List<ConflictV> conflicts, List<Decision> decisions,
                           List<Related> related, List<String> outlets, String firstSeen, String storyId,
                           int statementCount, int outletCount) {

    /** This statement without its related ones (to count what a search found beside them). */
    public ClusterModel withoutRelated() {
        return new ClusterModel(id, speakerName, entityId, status, note, renderings, conflicts, decisions, List.of(), outlets,
                firstSeen, storyId, statementCount, outletCount);
    }

    /** A related statement as a reader knows it: who said what (its number only as the link). */
    @io.quarkus.qute.TemplateData
    public record Related(String id, String speaker, String excerpt) {
    }


    /**
     * quote: the rendering's text in pieces, the words it shares with the reference marked (for the reference: the
     * words another rendering shares with it); the diff marks them the same way.
     */
    @TemplateData
    public record Rendering(StatementV s, boolean reference, List<WordDiff.Tok> diff, boolean identical,
                            String linkScore, List<String> linkEvidence, String membership,
                            boolean speakerDiffers, List<SharedMarks.Piece> quote) {
        /** Too few shared words for a useful word diff (a translation or a free paraphrase): show the text as is. */
        public boolean paraphrase() {
            if (reference || diff.isEmpty()) return false;
            int eq = 0, all = 0;
            for (WordDiff.Tok t : diff) {
                int n = WordDiff.tokens(t.text()).size();
                all += n;
                if (t.eq()) eq += n;
            }
            return all > 0 && eq * 4 < all;
        }
    }

    /**
     * One entry of the audit trail: who, when, what (action), about which rendering, the status value set (and the
     * one before), a corrected speaker, the other cluster of a move/merge/split/related.
     */
    @TemplateData
    public record Decision(String kind, String user, String at, String status, String from, String value, String note,
                           String statementId, String targetCluster) {
        private static final java.util.regex.Pattern VIA_KEY = java.util.regex.Pattern.compile("(.*) \\(key ([^()]*)\\)");

        /** Who decided: the analysis-service records "erika (key admin)" for a user acting through a key. */
        public String userName() {
            var m = VIA_KEY.matcher(user);
            return m.matches() ? m.group(1) : user;
        }

        /** The name of the key the user acted through, or "". */
        public String keyName() {
            var m = VIA_KEY.matcher(user);
            return m.matches() ? m.group(2) : "";
        }

        /** Stored statement ids are "{articleId}-s-3": the rendering's place in its article. */
        public String statementHref() {
            int i = statementId.indexOf("-s-");
            return i > 0 && statementId.substring(0, i).matches("[0-9]+")
                    ? "/articles/" + statementId.substring(0, i) + "#" + statementId.substring(i + 1) : "";
        }
    }

    public static final List<String> STATUSES = List.of("unverified", "in_review", "accurate", "misquoted",
            "misattributed", "out_of_context");

    public StatementV reference() {
        return renderings.isEmpty() ? null : renderings.get(0).s();
    }

    public String statusOrDefault() {
        return status.isEmpty() ? "unverified" : status;
    }

    public boolean hasStatus() {
        return !status.isEmpty() && !status.equals("unverified");
    }

    /** The cluster page's model from the cluster's JSON; {@code extraDecisions} (a page or a list) when it holds none. */
    public static ClusterModel of(JsonNode c, JsonNode extraDecisions) {
        List<JsonNode> raw = Json.list(c, "statements", "members", "renderings");
        List<StatementV> st = statements(raw);
        JsonNode sp = Json.field(c, "speaker");
        String speaker = sp == null ? "" : sp.isValueNode() ? sp.asText() : Json.text(sp, "name");
        String entity = sp == null || sp.isValueNode() ? "" : Json.text(sp, "entityId");
        Map<String, List<JsonNode>> linksById = linksById(c);
        Map<String, List<SharedMarks.Range>> shared = sharedWords(c);
        int refIdx = referenceIndex(c, raw, st);
        List<Rendering> renderings = renderings(raw, st, refIdx, linksById, shared, speaker);
        StatementV ref = refIdx < 0 ? null : st.get(refIdx);
        if (speaker.isEmpty() && ref != null) speaker = ref.speakerShown();
        if (entity.isEmpty() && ref != null) entity = ref.entityId();
        List<ConflictV> conflicts = Json.list(c, "conflicts").stream().map(Views::conflict).toList();
        String self = Json.any(c, "id");
        List<Decision> decisions = decisions(c, extraDecisions, self);
        List<Related> related = related(c);
        Set<String> outlets = outlets(renderings);
        String first = st.stream().map(StatementV::publishedAt).filter(x -> !x.isEmpty()).min(Comparator.naturalOrder()).orElse("");
        int count = Math.max(Json.intOf(c, "statementCount", 0), st.size());
        return new ClusterModel(self, speaker, entity, reviewStatus(c), reviewNote(c), renderings, conflicts, decisions,
                related, new ArrayList<>(outlets), Views.date(first), storyId(c), count,
                Math.max(Json.intOf(c, "outletCount", 0), outlets.size()));
    }

    /** The statements of the renderings, each taken from its "statement" field when it has one, else the entry itself. */
    private static List<StatementV> statements(List<JsonNode> raw) {
        List<StatementV> st = new ArrayList<>();
        for (JsonNode r : raw) st.add(Views.statement(Json.field(r, "statement") != null ? Json.field(r, "statement") : r));
        return st;
    }

    /** The cluster's links by each statement id they name (statementId/to/target and otherId/from), a link once per id. */
    private static Map<String, List<JsonNode>> linksById(JsonNode c) {
        Map<String, List<JsonNode>> linksById = new HashMap<>();
        for (JsonNode l : Json.list(c, "links")) {
            for (String k : new LinkedHashSet<>(List.of(Json.any(l, "statementId", "to", "target"), Json.any(l, "otherId", "from")))) {
                if (!k.isEmpty()) linksById.computeIfAbsent(k, x -> new ArrayList<>()).add(l);
            }
        }
        return linksById;
    }

    /** The words each rendering shares with the reference (renderings[].matched), by statement id. */
    private static Map<String, List<SharedMarks.Range>> sharedWords(JsonNode c) {
        Map<String, List<SharedMarks.Range>> shared = new HashMap<>();
        for (JsonNode r : Json.list(c, "renderings")) {
            String sid = Json.any(r, "statementId", "id");
            if (!sid.isEmpty()) shared.put(sid, SharedMarks.ranges(Json.field(r, "matched")));
        }
        return shared;
    }

    /** The reference first, then every other rendering by date and outlet, each diffed word by word against the reference. */
    private static List<Rendering> renderings(List<JsonNode> raw, List<StatementV> st, int refIdx,
                                              Map<String, List<JsonNode>> linksById,
                                              Map<String, List<SharedMarks.Range>> shared, String speaker) {
        List<Rendering> renderings = new ArrayList<>();
        StatementV ref = refIdx < 0 ? null : st.get(refIdx);
        if (ref != null) renderings.add(rendering(ref, raw.get(refIdx), linksById, true, List.of(), speaker,
                shared.getOrDefault(ref.id(), List.of())));
        for (int i : othersByDate(st, refIdx)) {
            List<SharedMarks.Range> mine = shared.getOrDefault(st.get(i).id(), List.of());
            List<WordDiff.Tok> d = WordDiff.diff(ref.quote(), st.get(i).quote(), mine);
            renderings.add(rendering(st.get(i), raw.get(i), linksById, false, d, speaker, mine));
        }
        return renderings;
    }

    /** The indexes of the statements other than the reference, by publication date, then outlet. */
    private static List<Integer> othersByDate(List<StatementV> st, int refIdx) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < st.size(); i++) if (i != refIdx) order.add(i);
        order.sort(Comparator.comparing((Integer i) -> st.get(i).publishedAt()).thenComparing(i -> st.get(i).outlet()));
        return order;
    }

    /** The audit trail: the cluster's decisions (decisions/audit/auditTrail/history), else {@code extraDecisions}. */
    private static List<Decision> decisions(JsonNode c, JsonNode extraDecisions, String self) {
        List<Decision> decisions = new ArrayList<>();
        List<JsonNode> ds = Json.list(c, "decisions", "audit", "auditTrail", "history");
        if (ds.isEmpty() && extraDecisions != null) ds = Json.items(extraDecisions);
        for (JsonNode d : ds) decisions.add(decision(d, self));
        return decisions;
    }

    /** One audit-trail entry of cluster {@code self}: a review's status, a speaker's new name, a merge's cluster merged in. */
    private static Decision decision(JsonNode d, String self) {
        JsonNode details = Json.field(d, "details");
        String kind = Json.any(d, "action", "kind", "type");
        String status = "";
        String from = "";
        String value = "";
        if (kind.equals("review")) {
            status = Json.any(d, "status", "value");
            if (status.isEmpty()) status = Json.any(details, "status", "to");
            from = Json.any(details, "from");
        } else if (kind.equals("speaker")) {
            value = Json.any(details, "to", "speakerName");
            from = Json.any(details, "from");
        } else if (kind.equals("merge")) {
            value = Json.any(details, "mergedCluster");
        }
        String target = Json.any(d, "targetClusterId");
        if (target.equals(self) || kind.equals("merge")) {
            // a merge is filed under the cluster that received the statements; name the one that was merged in
            target = kind.equals("merge") && !value.isEmpty() && !value.equals(self) ? value : "";
            if (kind.equals("merge")) value = "";
        }
        return new Decision(kind, Json.any(d, "actor", "user", "by", "who"),
                Views.date(Json.any(d, "createdAt", "at", "decidedAt", "when")), status, from, value,
                Json.any(d, "note", "comment"), Json.any(d, "statementId", "subject"), target);
    }

    /** The related statements: a bare cluster id, or the cluster id with its speaker's name and an excerpt. */
    private static List<Related> related(JsonNode c) {
        List<Related> related = new ArrayList<>();
        for (JsonNode r : Json.list(c, "related", "relatedClusters")) {
            related.add(r.isValueNode() ? new Related(r.asText(), "", "")
                    : new Related(Json.any(r, "clusterId", "id"), Json.text(Json.field(r, "speaker"), "name"), Json.text(r, "excerpt")));
        }
        return related;
    }

    /** The outlets of the renderings, in the renderings' order, each once. */
    private static Set<String> outlets(List<Rendering> renderings) {
        Set<String> outlets = new LinkedHashSet<>();
        renderings.forEach(r -> outlets.add(r.s().outlet()));
        return outlets;
    }

    /** The review status: the review object's when there is one, else the cluster's reviewStatus/status. */
    private static String reviewStatus(JsonNode c) {
        JsonNode review = Json.field(c, "review");
        String status = Json.any(c, "reviewStatus", "status");
        if (review != null && review.isObject()) status = Json.any(review, "status", "value");
        return status;
    }

    /** The review note: the review object's when there is one, else the cluster's reviewNote/note. */
    private static String reviewNote(JsonNode c) {
        JsonNode review = Json.field(c, "review");
        String note = Json.any(c, "reviewNote", "note");
        if (review != null && review.isObject()) note = Json.any(review, "note");
        return note;
    }

    /** The story: storyId/story, else the first of storyIds, else "". */
    private static String storyId(JsonNode c) {
        String storyId = Json.any(c, "storyId", "story");
        if (storyId.isEmpty()) {
            List<String> stories = Json.strings(c, "storyIds");
            if (!stories.isEmpty()) storyId = stories.get(0);
        }
        return storyId;
    }

    private static Rendering rendering(StatementV s, JsonNode raw, Map<String, List<JsonNode>> linksById, boolean reference,
                                       List<WordDiff.Tok> diff, String clusterSpeaker, List<SharedMarks.Range> shared) {
        JsonNode link = Json.field(raw, "link", "membership");
        String score = "";
        List<String> evidence = new ArrayList<>();
        String membership = Json.any(raw, "membershipStatus", "decision");
        if (link != null && link.isObject()) {
            double sc = Json.doubleOf(link, "score", -1);
            if (sc >= 0) score = String.format(java.util.Locale.ROOT, "%.2f", sc);
            evidence.addAll(Json.strings(link, "evidence"));
            if (membership.isEmpty()) membership = Json.any(link, "status", "decision");
        }
        double sc = Json.doubleOf(raw, "linkScore", -1);
        if (score.isEmpty() && sc >= 0) score = String.format(java.util.Locale.ROOT, "%.2f", sc);
        evidence.addAll(Json.strings(raw, "linkEvidence"));
        List<JsonNode> mine = new ArrayList<>(linksById.getOrDefault(s.id(), List.of()));
        if (!s.key().equals(s.id())) mine.addAll(linksById.getOrDefault(s.key(), List.of()));
        for (JsonNode l : mine) {
            String a = Json.any(l, "statementId", "to", "target");
            String b = Json.any(l, "otherId", "from");
            long aid = Json.longOf(l, "articleId", -1);
            if (((a.equals(s.id()) || b.equals(s.id())) && (aid < 0 || aid == s.articleId())) || a.equals(s.key())) {
                double x = Json.doubleOf(l, "score", -1);
                if (score.isEmpty() && x >= 0) score = String.format(java.util.Locale.ROOT, "%.2f", x);
                evidence.addAll(Json.strings(l, "evidence"));
                if (membership.isEmpty()) membership = Json.any(l, "status", "decision");
            }
        }
        boolean differs = !clusterSpeaker.isEmpty() && !s.speakerName().isEmpty() && !s.speakerName().equals(clusterSpeaker);
        return new Rendering(s, reference, diff, !reference && WordDiff.identical(diff), score, evidence, membership, differs,
                SharedMarks.pieces(s.quote(), shared));
    }

    /** The cluster's reference when the service names one, else the earliest direct rendering, else the earliest. */
    private static int referenceIndex(JsonNode c, List<JsonNode> raw, List<StatementV> st) {
        if (st.isEmpty()) return -1;
        JsonNode ref = Json.field(c, "reference", "referenceStatementId", "referenceId", "referenceStatement");
        if (ref != null) {
            String rid = ref.isValueNode() ? ref.asText() : Json.any(ref, "id", "statementId");
            long raid = ref.isValueNode() ? -1 : Json.longOf(ref, "articleId", -1);
            for (int i = 0; i < st.size(); i++) {
                StatementV s = st.get(i);
                if (rid.equals(s.key()) || (rid.equals(s.id()) && (raid < 0 || raid == s.articleId()))) return i;
            }
        }
        for (int i = 0; i < raw.size(); i++) if (Json.bool(raw.get(i), "reference")) return i;
        int best = -1;
        for (int i = 0; i < st.size(); i++) {
            if (!st.get(i).formClass().equals("direct")) continue;
            if (best < 0 || st.get(i).publishedAt().compareTo(st.get(best).publishedAt()) < 0) best = i;
        }
        if (best >= 0) return best;
        best = 0;
        for (int i = 1; i < st.size(); i++) if (st.get(i).publishedAt().compareTo(st.get(best).publishedAt()) < 0) best = i;
        return best;
    }
}
