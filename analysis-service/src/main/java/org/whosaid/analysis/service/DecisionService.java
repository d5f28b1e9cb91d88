package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * audit trail with who and when. Runs in one transaction under the alignment lock.
 */
@ApplicationScoped
public class DecisionService {

    public static final Set<String> STATUSES = Set.of("unverified", "in_review", "accurate", "misquoted",
            "misattributed", "out_of_context");

    private final AlignStore lock;
    private final ClusterService clusters;
    private final StatementReader reader;
    private final ObjectMapper json;
    private final EntityManager em;
    private final RegistryService registry;

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
        Map<String, Object> details = new LinkedHashMap<>();
        DecisionEntity d = new DecisionEntity();
        d.clusterId = clusterId;
        d.action = in.action();
        d.note = in.note();
        d.actor = actor;
        d.createdAt = OffsetDateTime.now();
        Set<Long> touched = new LinkedHashSet<>();
        touched.add(clusterId);
        long show = clusterId;
        switch (in.action()) {
            case "confirm" -> {
                StatementEntity s = member(c, in.statementId());
                pin(s).pinnedClusterId = clusterId;
                about(d, s);
            }
            case "reject" -> {
                StatementEntity s = member(c, in.statementId());
                StatementPinEntity p = pin(s);
                p.rejectedClusters = addId(p.rejectedClusters, clusterId);
                ClusterEntity alone = newCluster();
                p.pinnedClusterId = alone.id;
                s.clusterId = alone.id;
                d.targetClusterId = alone.id;
                touched.add(alone.id);
                about(d, s);
            }
            case "move" -> {
                StatementEntity s = member(c, in.statementId());
                ClusterEntity target = target(in);
                pin(s).pinnedClusterId = target.id;
                s.clusterId = target.id;
                d.targetClusterId = target.id;
                touched.add(target.id);
                about(d, s);
                show = target.id;
            }
            case "merge" -> {
                ClusterEntity target = target(in);
                if (target.id.equals(c.id)) {
                    throw ApiException.badRequest("a cluster cannot be merged into itself");
                }
                List<StatementEntity> ms = StatementEntity.list("clusterId", clusterId);
                for (StatementEntity s : ms) {
                    pin(s).pinnedClusterId = target.id;
                    s.clusterId = target.id;
                }
                DecisionEntity.update("targetClusterId = ?1 where targetClusterId = ?2", target.id, clusterId);
                DecisionEntity.update("clusterId = ?1 where clusterId = ?2", target.id, clusterId);
                StatementPinEntity.update("pinnedClusterId = ?1 where pinnedClusterId = ?2", target.id, clusterId);
                if (target.reviewStatus.equals("unverified") && !c.reviewStatus.equals("unverified")) {
                    target.reviewStatus = c.reviewStatus;
                    target.reviewNote = c.reviewNote;
                }
                details.put("mergedCluster", clusterId);
                details.put("statements", ms.stream().map(s -> s.id).toList());
                d.clusterId = target.id;
                d.targetClusterId = target.id;
                touched.add(target.id);
                show = target.id;
            }
            case "split" -> {
                if (in.statementIds() == null || in.statementIds().isEmpty()) {
                    throw ApiException.badRequest("split needs statementIds");
                }
                List<StatementEntity> ms = new ArrayList<>();
                for (String id : in.statementIds()) {
                    ms.add(member(c, id));
                }
                if (ms.size() == c.statementCount) {
                    throw ApiException.badRequest("split must leave at least one statement in the cluster");
                }
                ClusterEntity fresh = newCluster();
                for (StatementEntity s : ms) {
                    StatementPinEntity p = pin(s);
                    p.pinnedClusterId = fresh.id;
                    p.rejectedClusters = addId(p.rejectedClusters, clusterId);
                    s.clusterId = fresh.id;
                }
                details.put("statements", in.statementIds());
                d.targetClusterId = fresh.id;
                touched.add(fresh.id);
            }
            case "related" -> {
                ClusterEntity target = target(in);
                AlignmentService.relate(clusterId, target.id, 1.0, "marked related by " + actor, "human");
                d.targetClusterId = target.id;
            }
            case "speaker" -> {
                StatementEntity s = member(c, in.statementId());
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
                    StatementBody.SpeakerBody was = reader.read(s).speaker();
                    entityId = registry.personForCorrection(in.speakerName().strip(),
                            was == null ? "PERSON" : was.kind(), ArticleEntity.findById(s.articleId)).entityId();
                }
                details.put("from", s.speakerName);
                details.put("to", in.speakerName());
                StatementPinEntity p = pin(s);
                p.speakerName = in.speakerName().strip();
                p.speakerEntityId = entityId;
                s.speakerName = p.speakerName;
                s.speakerKey = Names.fold(p.speakerName);
                s.entityId = entityId;
                s.speakerOverride = true;
                // the speaker's words are search terms (a speaker filter is read from them): index the corrected name
                lock.replaceTerms(s.id, s.articleId, s.publishedAt, Texts.terms(s.quoteText, s.speakerName));
                StatementBody body = reader.read(s);
                StatementBody.SpeakerBody sp = body.speaker() != null ? body.speaker()
                        : new StatementBody.SpeakerBody(null, List.of(), null, null, "PERSON", null);
                s.body = reader.write(body.withCluster(null).withSpeaker(new StatementBody.SpeakerBody(sp.text(),
                        sp.spans(), p.speakerName, entityId, sp.kind(), "corrected by " + actor)));
                about(d, s);
            }
            case "review" -> {
                if (in.status() == null || !STATUSES.contains(in.status())) {
                    throw ApiException.badRequest("status must be one of " + STATUSES);
                }
                details.put("status", in.status());
                details.put("from", c.reviewStatus);
                details.put("to", in.status());
                c.reviewStatus = in.status();
                c.reviewNote = in.note();
            }
            case "reference" -> {
                StatementEntity s = member(c, in.statementId());
                c.referenceMarked = true;
                c.referenceStatementId = s.id;
                c.referenceQuoteKey = s.quoteKey;
                about(d, s);
            }
            default -> throw ApiException.badRequest("unknown action " + in.action()
                    + "; use confirm, reject, move, merge, split, related, speaker, review or reference");
        }
        d.payload = details.isEmpty() ? null : write(details);
        d.persist();
        em.flush();
        clusters.recompute(touched);
        return show;
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
