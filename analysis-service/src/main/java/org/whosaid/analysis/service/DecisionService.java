package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.store.AlignStore;
import org.whosaid.analysis.store.ArticleEntity;
import org.whosaid.analysis.store.ClusterEntity;
import org.whosaid.analysis.store.DecisionEntity;
import org.whosaid.analysis.store.PersonEntity;
import org.whosaid.analysis.store.StatementBody;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StatementPinEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * People decide: every decision is applied, pinned (by article + quote, so re-analysis keeps it) and written to the
 * audit trail with who and when. Runs in one transaction under the alignment lock. {@link #decide} checks the request,
 * finds the cluster and hands over to one method per action (confirm, reject, move, merge, split, related, speaker,
 * review, reference); each fills in the audit row and says which clusters it touched.
 */
@ApplicationScoped
public class DecisionService {

    public static final Set<String> STATUSES = Set.of("unverified", "in_review", "accurate", "misquoted",
            "misattributed", "out_of_context");

    /**
     * One decision while it is applied: the request and its cluster, the audit row and its details, the clusters to
     * recompute afterwards and the cluster to show (the decided one unless an action says otherwise).
     */
    private static final class Step {
        final long clusterId;
        final ClusterEntity cluster;
        final DecisionRequest in;
        final String actor;
        final DecisionEntity decision;
        final Map<String, Object> details = new LinkedHashMap<>();
        final Set<Long> touched = new LinkedHashSet<>();
        long show;

        Step(long clusterId, ClusterEntity cluster, DecisionRequest in, String actor, DecisionEntity decision) {
            this.clusterId = clusterId;
            this.cluster = cluster;
            this.in = in;
            this.actor = actor;
            this.decision = decision;
            this.touched.add(clusterId);
            this.show = clusterId;
        }
    }

    private final AlignStore lock;
    private final ClusterService clusters;
    private final StatementReader reader;
    private final ObjectMapper json;
    private final EntityManager em;
    private final RegistryService registry;
    private final Map<String, Consumer<Step>> actions = Map.of(
            "confirm", this::confirm,
            "reject", this::reject,
            "move", this::move,
            "merge", this::merge,
            "split", this::split,
            "related", this::related,
            "speaker", this::speaker,
            "review", this::review,
            "reference", this::reference);

    public DecisionService(AlignStore lock, ClusterService clusters, StatementReader reader, ObjectMapper json,
                           EntityManager em, RegistryService registry) {
        this.registry = registry;
        this.lock = lock;
        this.clusters = clusters;
        this.reader = reader;
        this.json = json;
        this.em = em;
    }

    /** Applies a decision; returns the cluster to show afterwards (the target for merge/split/move). */
    public long decide(long clusterId, DecisionRequest in, String actor) {
        if (in == null || in.action() == null) {
            throw ApiException.badRequest("action is required");
        }
        if (in.note() != null && in.note().length() > 4000) {
            throw ApiException.badRequest("note is longer than 4000 characters");
        }
        lock.lock();
        ClusterEntity c = ClusterEntity.findById(clusterId);
        if (c == null) {
            throw ApiException.notFound("no cluster " + clusterId);
        }
        DecisionEntity d = new DecisionEntity();
        d.clusterId = clusterId;
        d.action = in.action();
        d.note = in.note();
        d.actor = actor;
        d.createdAt = OffsetDateTime.now();
        Consumer<Step> action = actions.get(in.action());
        if (action == null) {
            throw ApiException.badRequest("unknown action " + in.action()
                    + "; use confirm, reject, move, merge, split, related, speaker, review or reference");
        }
        Step step = new Step(clusterId, c, in, actor, d);
        action.accept(step);
        d.payload = step.details.isEmpty() ? null : write(step.details);
        d.persist();
        em.flush();
        clusters.recompute(step.touched);
        return step.show;
    }

    /** confirm {statementId}: the statement stays in this cluster. */
    private void confirm(Step x) {
        StatementEntity s = member(x.cluster, x.in.statementId());
        pin(s).pinnedClusterId = x.clusterId;
        about(x.decision, s);
    }

    /** reject {statementId}: the statement leaves to a cluster of its own and never rejoins this one. */
    private void reject(Step x) {
        StatementEntity s = member(x.cluster, x.in.statementId());
        StatementPinEntity p = pin(s);
        p.rejectedClusters = addId(p.rejectedClusters, x.clusterId);
        ClusterEntity alone = newCluster();
        p.pinnedClusterId = alone.id;
        s.clusterId = alone.id;
        x.decision.targetClusterId = alone.id;
        x.touched.add(alone.id);
        about(x.decision, s);
    }

    /** move {statementId, targetClusterId}: the statement goes to the target, which is shown next. */
    private void move(Step x) {
        StatementEntity s = member(x.cluster, x.in.statementId());
        ClusterEntity target = target(x.in);
        pin(s).pinnedClusterId = target.id;
        s.clusterId = target.id;
        x.decision.targetClusterId = target.id;
        x.touched.add(target.id);
        about(x.decision, s);
        x.show = target.id;
    }

    /** merge {targetClusterId}: this cluster's statements, decisions and pins go to the target. */
    private void merge(Step x) {
        ClusterEntity c = x.cluster;
        ClusterEntity target = target(x.in);
        if (target.id.equals(c.id)) {
            throw ApiException.badRequest("a cluster cannot be merged into itself");
        }
        List<StatementEntity> ms = StatementEntity.list("clusterId", x.clusterId);
        for (StatementEntity s : ms) {
            pin(s).pinnedClusterId = target.id;
            s.clusterId = target.id;
        }
        DecisionEntity.update("targetClusterId = ?1 where targetClusterId = ?2", target.id, x.clusterId);
        DecisionEntity.update("clusterId = ?1 where clusterId = ?2", target.id, x.clusterId);
        StatementPinEntity.update("pinnedClusterId = ?1 where pinnedClusterId = ?2", target.id, x.clusterId);
        if (target.reviewStatus.equals("unverified") && !c.reviewStatus.equals("unverified")) {
            target.reviewStatus = c.reviewStatus;
            target.reviewNote = c.reviewNote;
        }
        x.details.put("mergedCluster", x.clusterId);
        x.details.put("statements", ms.stream().map(s -> s.id).toList());
        x.decision.clusterId = target.id;
        x.decision.targetClusterId = target.id;
        x.touched.add(target.id);
        x.show = target.id;
    }

    /** split {statementIds}: they form a new cluster and never rejoin this one; at least one statement stays. */
    private void split(Step x) {
        if (x.in.statementIds() == null || x.in.statementIds().isEmpty()) {
            throw ApiException.badRequest("split needs statementIds");
        }
        List<StatementEntity> ms = new ArrayList<>();
        for (String id : x.in.statementIds()) {
            ms.add(member(x.cluster, id));
        }
        if (ms.size() == x.cluster.statementCount) {
            throw ApiException.badRequest("split must leave at least one statement in the cluster");
        }
        ClusterEntity fresh = newCluster();
        for (StatementEntity s : ms) {
            StatementPinEntity p = pin(s);
            p.pinnedClusterId = fresh.id;
            p.rejectedClusters = addId(p.rejectedClusters, x.clusterId);
            s.clusterId = fresh.id;
        }
        x.details.put("statements", x.in.statementIds());
        x.decision.targetClusterId = fresh.id;
        x.touched.add(fresh.id);
    }

    /** related {targetClusterId}: the two clusters are linked as related by a person. */
    private void related(Step x) {
        ClusterEntity target = target(x.in);
        AlignmentService.relate(x.clusterId, target.id, 1.0, "marked related by " + x.actor, "human");
        x.decision.targetClusterId = target.id;
    }

    /**
     * speaker {statementId, speakerName, speakerEntityId?}: the statement's speaker is corrected, pinned, indexed for
     * search and written into its stored body.
     */
    private void speaker(Step x) {
        DecisionRequest in = x.in;
        StatementEntity s = member(x.cluster, in.statementId());
        if (in.speakerName() == null || in.speakerName().isBlank() || in.speakerName().length() > 300) {
            throw ApiException.badRequest("speaker needs speakerName (1 to 300 characters)");
        }
        String entityId = in.speakerEntityId();
        if (entityId != null && !entityId.isBlank()) {
            if (!entityId.matches("p-\\d{1,18}") || PersonEntity.findById(Long.parseLong(entityId.substring(2))) == null) {
                throw ApiException.badRequest("no person " + entityId);
            }
        } else {
            // no entity chosen: the registry person of that name (joined like any mention, or new), so the
            // corrected rendering and the others naming the same person agree on who spoke
            StatementBody.SpeakerBody was = reader.body(s).speaker();
            entityId = registry.personForCorrection(in.speakerName().strip(),
                    was == null ? "PERSON" : was.kind(), ArticleEntity.findById(s.articleId)).entityId();
        }
        x.details.put("from", s.speakerName);
        x.details.put("to", in.speakerName());
        StatementPinEntity p = pin(s);
        p.speakerName = in.speakerName().strip();
        p.speakerEntityId = entityId;
        s.speakerName = p.speakerName;
        s.speakerKey = Names.fold(p.speakerName);
        s.entityId = entityId;
        s.speakerOverride = true;
        // the speaker's words are search terms (a speaker filter is read from them): index the corrected name
        lock.replaceTerms(s.id, s.articleId, s.publishedAt, Texts.terms(s.quoteText, s.speakerName));
        StatementBody body = reader.body(s);
        StatementBody.SpeakerBody sp = body.speaker() != null ? body.speaker()
                : new StatementBody.SpeakerBody(null, List.of(), null, null, "PERSON", null);
        s.body = reader.write(body.withSpeaker(new StatementBody.SpeakerBody(sp.text(),
                sp.spans(), p.speakerName, entityId, sp.kind(), "corrected by " + x.actor)));
        about(x.decision, s);
    }

    /** review {status, note}: the cluster's review status and note. */
    private void review(Step x) {
        ClusterEntity c = x.cluster;
        if (x.in.status() == null || !STATUSES.contains(x.in.status())) {
            throw ApiException.badRequest("status must be one of " + STATUSES);
        }
        x.details.put("status", x.in.status());
        x.details.put("from", c.reviewStatus);
        x.details.put("to", x.in.status());
        c.reviewStatus = x.in.status();
        c.reviewNote = x.in.note();
    }

    /** reference {statementId}: marks the primary source of the cluster. */
    private void reference(Step x) {
        ClusterEntity c = x.cluster;
        StatementEntity s = member(c, x.in.statementId());
        c.referenceMarked = true;
        c.referenceStatementId = s.id;
        c.referenceQuoteKey = s.quoteKey;
        about(x.decision, s);
    }

    private void about(DecisionEntity d, StatementEntity s) {
        d.statementId = s.id;
        d.articleId = s.articleId;
        d.quoteKey = s.quoteKey;
    }

    private static StatementEntity member(ClusterEntity c, String statementId) {
        if (statementId == null || statementId.isBlank()) {
            throw ApiException.badRequest("statementId is required for this action");
        }
        StatementEntity s = StatementEntity.findById(statementId);
        if (s == null || !c.id.equals(s.clusterId)) {
            throw ApiException.badRequest("statement " + statementId + " is not in cluster " + c.id);
        }
        return s;
    }

    private static ClusterEntity target(DecisionRequest in) {
        if (in.targetClusterId() == null) {
            throw ApiException.badRequest("targetClusterId is required for this action");
        }
        ClusterEntity t = ClusterEntity.findById(in.targetClusterId());
        if (t == null) {
            throw ApiException.badRequest("no cluster " + in.targetClusterId());
        }
        return t;
    }

    private static ClusterEntity newCluster() {
        ClusterEntity c = new ClusterEntity();
        c.updatedAt = OffsetDateTime.now();
        c.persist();
        return c;
    }

    private static StatementPinEntity pin(StatementEntity s) {
        StatementPinEntity p = StatementPinEntity.find("articleId = ?1 and quoteKey = ?2", s.articleId, s.quoteKey).firstResult();
        if (p == null) {
            p = new StatementPinEntity();
            p.articleId = s.articleId;
            p.quoteKey = s.quoteKey;
            p.persist();
        }
        return p;
    }

    private static String addId(String list, long id) {
        Set<String> ids = new LinkedHashSet<>();
        if (list != null && !list.isBlank()) {
            ids.addAll(List.of(list.split(",")));
        }
        ids.add(Long.toString(id));
        String s = String.join(",", ids);
        return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
