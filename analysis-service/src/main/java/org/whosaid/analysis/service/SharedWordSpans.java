package org.whosaid.analysis.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.SharedSpans;
import org.whosaid.analysis.engine.align.Signature;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.store.StatementEntity;

/**
 * The words each rendering of a cluster page shares with the cluster's reference ({@link Aligner#sharedWords}), as
 * spans of its quote text; the reference gets the words any of the others shares with it. Computed when read, from the
 * stored signatures: nothing new is stored, so renderings aligned earlier show their shared words too.
 */
@ApplicationScoped
public class SharedWordSpans {
    private final Aligner aligner;
    private final Views views;

    public SharedWordSpans(Aligner aligner, Views views) {
        this.aligner = aligner;
        this.views = views;
    }

    /** Statement id → the spans of its quote it shares with the reference (empty without a reference). */
    public Map<String, List<Span>> of(StatementEntity ref, List<StatementEntity> members) {
        Map<String, List<Span>> out = new HashMap<>();
        if (ref == null) {
            return out;
        }
        StatementView rv = Views.view(ref);
        Signature rs = views.signature(ref.signature, rv);
        TreeSet<Span> inRef = new TreeSet<>((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                : Integer.compare(x.end(), y.end()));
        for (StatementEntity s : members) {
            if (s.id.equals(ref.id)) {
                continue;
            }
            StatementView v = Views.view(s);
            SharedSpans shared = aligner.sharedWords(rv, rs, v, views.signature(s.signature, v));
            inRef.addAll(shared.a());
            out.put(s.id, shared.b());
        }
        out.put(ref.id, List.copyOf(inRef));
        return out;
    }
}
