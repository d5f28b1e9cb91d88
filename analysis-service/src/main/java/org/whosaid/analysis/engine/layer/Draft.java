package org.whosaid.analysis.engine.layer;

import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Medium;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.ArrayList;
import java.util.List;

/** A statement under construction: the rules fill it, the speaker resolver completes it, the pipeline freezes it. */
public final class Draft {
    public Form form;
    public Medium medium = Medium.Speech;
    public final List<Span> quote = new ArrayList<>();
    public final List<Span> cue = new ArrayList<>();
    public final List<Span> frame = new ArrayList<>();
    public Span addressee;
    public Span channel;
    /** the speaker mention in this text (may be a pronoun or role noun), null if none was found */
    public Mention speaker;
    /** an intermediary reporting the statement ("wie die Agentur Tass berichtete") */
    public Mention intermediary;
    /** when no mention is available, the speaker is inherited from this earlier statement */
    public Draft speakerFrom;
    /** the earlier speech act whose subject this one shares ("X sprach von … und forderte …"): its final speaker span is taken */
    public Draft subjectOf;
    public Draft parent;
    public int sentence;
    public String rule;
    public double confidence;
    public final List<String> evidence = new ArrayList<>();
    public String id;
    /** false: dropped in the end (e.g. duplicates) */
    public boolean keep = true;
    /** a cue with a speaker but no content: only used so that following sentences can continue its speaker */
    public boolean anchor;

    public Draft(Form form, String rule, int sentence, double confidence) {
        this.form = form;
        this.rule = rule;
        this.sentence = sentence;
        this.confidence = confidence;
    }

    public int start() { return quote.isEmpty() ? -1 : quote.get(0).start(); }
    public int end() { return quote.isEmpty() ? -1 : quote.get(quote.size() - 1).end(); }

    public boolean overlaps(int s, int e) {
        for (Span q : quote) if (q.start() < e && s < q.end()) return true;
        return false;
    }

    @Override public String toString() { return form + ":" + rule + quote; }
}
