package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.Link;
import org.whosaid.analysis.engine.align.Relation;
import org.whosaid.analysis.engine.align.Signature;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.store.AlignIndex;
import org.whosaid.analysis.store.AlignStore;
import org.whosaid.analysis.store.StatementEntity;

/**
 * Scores a new statement against its candidates: its signature and blocking keys (stored in an indexed table), the
 * candidates those keys find (bounded, never all pairs), each compared; the statement, its keys, its terms and its
 * heavier pairs are stored.
 */
@ApplicationScoped
public class StatementScorer {

    /** Pairs lighter than this are not stored: they could not lift an average to the threshold. */
    static final double EDGE_MIN = 0.2;

    private final Aligner aligner;
    private final AlignStore store;
    private final Views views;
    private final WhosaidConfig config;

    public StatementScorer(Aligner aligner, AlignStore store, Views views, WhosaidConfig config) {
        this.aligner = aligner;
        this.store = store;
        this.views = views;
        this.config = config;
    }

    /** A compared candidate. */
    record Scored(String otherId, Link link) {
    }

    /**
     * What scoring the statements of one article found, by new statement id: its kept pairs ({@code same}), its
     * RELATED candidates, best first ({@code related}); and the views of all statements compared ({@code viewOf}).
     */
    record Scores(Map<String, List<Scored>> related, Map<String, Map<String, Link>> same,
            Map<String, StatementView> viewOf) {
        static Scores empty() {
            return new Scores(new LinkedHashMap<>(), new HashMap<>(), new HashMap<>());
        }
    }

    /** The time a statement's blocking keys are stored and searched with: publication, else the utterance day, else now. */
    static OffsetDateTime keyTime(OffsetDateTime publishedAt, Signature sig) {
        if (publishedAt != null) {
            return publishedAt;
        }
        return sig.day() == null ? OffsetDateTime.now(ZoneOffset.UTC) : sig.day().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** Signature, keys and terms of a new statement; its pairs with the stored candidates scored and kept. */
    void score(StatementEntity st, Scores into) {
        Map<String, List<Scored>> related = into.related();
        Map<String, Map<String, Link>> same = into.same();
        Map<String, StatementView> viewOf = into.viewOf();
        StatementView view = Views.view(st);
        viewOf.put(st.id, view);
        Signature sig = aligner.signature(view);
        List<String> keys = new ArrayList<>(aligner.blockingKeys(view, sig));
        List<String> query = new ArrayList<>(aligner.queryKeys(view, sig));
        st.signature = views.write(sig);
        OffsetDateTime at = keyTime(st.publishedAt, sig);

        List<String> ids = store.candidates(query, at, st.articleId, config.analysis().maxRowsPerKey(),
                Math.min(config.analysis().maxCandidates(), aligner.config().maxCandidates()));
        List<Scored> scored = new ArrayList<>();
        for (AlignIndex.Candidate c : store.load(ids)) {
            StatementView other = c.view();
            Link link = aligner.compare(view, sig, other, views.signature(c.signature(), other));
            if (link.weight() > 0 || link.relation() != Relation.NONE) {
                scored.add(new Scored(c.id(), link));
                viewOf.put(c.id(), other);
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.link().weight()).thenComparing(Scored::otherId));
        Map<String, Double> edges = new LinkedHashMap<>();
        Map<String, Link> pairs = new LinkedHashMap<>();
        List<Scored> rel = new ArrayList<>();
        for (Scored s : scored) {
            if (s.link().weight() >= EDGE_MIN && edges.size() < config.analysis().maxEdgesPerStatement()) {
                edges.put(s.otherId(), s.link().weight());
                pairs.put(s.otherId(), s.link());
            } else if (s.link().relation() == Relation.RELATED) {
                rel.add(s);
            }
        }
        rel.sort(Comparator.comparingDouble((Scored s) -> -s.link().score()).thenComparing(Scored::otherId));
        same.put(st.id, pairs);
        related.put(st.id, rel);
        st.persist();
        store.insertKeys(st.id, st.articleId, at, keys);
        store.insertTerms(st.id, st.articleId, st.publishedAt, Texts.terms(st.quoteText, st.speakerName));
        store.insertEdges(st.id, edges);
    }
}
