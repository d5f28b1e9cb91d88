package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.Link;
import org.whosaid.analysis.engine.align.Relation;
import org.whosaid.analysis.engine.align.Signature;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.store.AlignIndex;
import org.whosaid.analysis.store.AlignStore;
import org.whosaid.analysis.store.ClusterEntity;
import org.whosaid.analysis.store.ClusterLinkEntity;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StatementLinkEntity;
import org.whosaid.analysis.store.StatementPinEntity;

/**
 * Incremental alignment: each new statement gets its signature and blocking keys (stored in an indexed table);
 * candidates come from those keys only (bounded, never all pairs); the best SAME candidate's cluster is joined, else
 * a new cluster starts; RELATED links between clusters are stored. Human pins win over the engine.
 */
@ApplicationScoped
public class AlignmentService {

    private final Aligner aligner;
    private final AlignStore store;
    private final Views views;
    private final WhosaidConfig config;
    private final EntityManager em;

    public AlignmentService(Aligner aligner, AlignStore store, Views views, WhosaidConfig config, EntityManager em) {
        this.em = em;
        this.aligner = aligner;
        this.store = store;
        this.views = views;
        this.config = config;
    }

    /**
     * Aligns and persists the statements of one article (in the caller's transaction, under the alignment lock).
     *
     * @param hints quote key → cluster of the same quote in the article's previous analysis (kept when it still exists)
     * @return the clusters touched
     */
    public Set<Long> align(List<StatementEntity> statements, Map<String, Long> hints, Map<String, StatementPinEntity> pins) {
        em.flush(); // the candidate reads below run on the connection: they must see this transaction's changes
        Set<Long> touched = new LinkedHashSet<>();
        for (StatementEntity st : statements) {
            touched.add(alignOne(st, hints.get(st.quoteKey), pins.get(st.quoteKey)));
        }
        return touched;
    }

    /** The time a statement's blocking keys are stored and searched with: publication, else the utterance day. */
    static OffsetDateTime keyTime(OffsetDateTime publishedAt, Signature sig) {
        if (publishedAt != null) {
            return publishedAt;
        }
        return sig.day() == null ? null : sig.day().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private long alignOne(StatementEntity st, Long hint, StatementPinEntity pin) {
        StatementView view = Views.view(st);
        Signature sig = aligner.signature(view);
        List<String> keys = new ArrayList<>(aligner.blockingKeys(view, sig));
        st.signature = views.write(sig);
        OffsetDateTime at = keyTime(st.publishedAt, sig);

        List<String> ids = store.candidates(keys, at, st.articleId, config.analysis().maxRowsPerKey(),
                Math.min(config.analysis().maxCandidates(), aligner.config().maxCandidates()));
        record Scored(AlignIndex.Candidate other, Link link) {
        }
        List<Scored> scored = new ArrayList<>();
        for (AlignIndex.Candidate c : store.load(ids)) {
            if (c.clusterId() == null) {
                continue;
            }
            StatementView other = c.view();
            Link link = aligner.compare(view, sig, other, views.signature(c.signature(), other));
            if (link.relation() != Relation.NONE) {
                scored.add(new Scored(c, link));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.link().score()).reversed());

        Long target = null;
        String why = null;
        if (pin != null && pin.pinnedClusterId != null && ClusterEntity.findById(pin.pinnedClusterId) != null) {
            target = pin.pinnedClusterId;
            why = "pinned by a human decision";
        } else if (hint != null && (pin == null || !pin.rejects(hint)) && ClusterEntity.findById(hint) != null) {
            target = hint;
            why = "same quote as in the previous analysis of this article";
        }
        if (target == null) {
            for (Scored s : scored) {
                if (s.link().relation() == Relation.SAME && (pin == null || !pin.rejects(s.other().clusterId()))) {
                    target = s.other().clusterId();
                    break;
                }
            }
        }
        if (target == null) {
            ClusterEntity c = new ClusterEntity();
            c.updatedAt = OffsetDateTime.now();
            c.persist();
            target = c.id;
        }
        st.clusterId = target;
        st.persist();
        store.insertKeys(st.id, st.articleId, at, keys);
        store.insertTerms(st.id, st.articleId, st.publishedAt, Texts.terms(st.quoteText, st.speakerName));

        OffsetDateTime now = OffsetDateTime.now();
        if (why != null) {
            link(st.id, st.id, "SAME", 1.0, why, now);
        }
        int sameLinks = 0;
        Map<Long, Scored> related = new HashMap<>();
        for (Scored s : scored) {
            if (s.other().clusterId().equals(target)) {
                if (s.link().relation() == Relation.SAME && sameLinks++ < 5) {
                    link(st.id, s.other().id(), "SAME", s.link().score(), String.join("\n", s.link().evidence()), now);
                }
            } else if (related.size() < 5) {
                related.putIfAbsent(s.other().clusterId(), s);
            }
        }
        for (Map.Entry<Long, Scored> e : related.entrySet()) {
            relate(target, e.getKey(), e.getValue().link().score(),
                    "via " + st.id + " ~ " + e.getValue().other().id() + " (" + e.getValue().link().relation() + ")\n"
                            + String.join("\n", e.getValue().link().evidence()), "auto");
        }
        return target;
    }

    private static void link(String a, String b, String relation, double score, String evidence, OffsetDateTime now) {
        StatementLinkEntity l = new StatementLinkEntity();
        l.statementId = a;
        l.otherId = b;
        l.relation = relation;
        l.score = score;
        l.evidence = evidence;
        l.createdAt = now;
        l.persist();
    }

    /** Stores (or strengthens) a RELATED link between two clusters. */
    public static void relate(long a, long b, double score, String evidence, String source) {
        if (a == b) {
            return;
        }
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        ClusterLinkEntity l = ClusterLinkEntity.find("clusterA = ?1 and clusterB = ?2", lo, hi).firstResult();
        if (l == null) {
            l = new ClusterLinkEntity();
            l.clusterA = lo;
            l.clusterB = hi;
            l.score = score;
            l.evidence = evidence;
            l.source = source;
            l.createdAt = OffsetDateTime.now();
            l.persist();
        } else if ("human".equals(source) || (!"human".equals(l.source) && score > l.score)) {
            l.score = Math.max(score, l.score);
            l.evidence = evidence;
            l.source = source;
        }
    }
}
