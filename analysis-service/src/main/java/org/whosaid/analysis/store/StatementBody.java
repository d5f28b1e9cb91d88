package org.whosaid.analysis.store;

import java.util.List;

import org.whosaid.analysis.engine.model.Part;
import org.whosaid.analysis.engine.model.SpeakerRef;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;

/**
 * The JSON kept in {@link StatementEntity#body}: what the extractor found in one statement, with character spans (Java
 * String indices, end exclusive) into the article text, e.g. {@code {"form":"Indirect","quote":{"text":"die Brücke
 * werde im Mai gesperrt",...},"parentId":"12-s-1",...}}. The row's own fields (id, article, version, outlet, url,
 * publishedAt, cluster, extractor version) are columns of {@code statement} and are not repeated here (V10 removed
 * them from rows written earlier). Its fields are the stored shape: change them only with a migration of the rows.
 */
public record StatementBody(String form, String medium, PartBody quote, SpeakerBody speaker, PartBody cue,
                            PartBody frame, PartBody addressee, PartBody channel, SpeakerBody intermediary,
                            String parentId, int sentence, String rule, double confidence, List<String> evidence) {

    /** Where a part stands: {@code [start, end)}. */
    public record SpanBody(int start, int end) {
    }

    /** A part's text and where it stands (possibly discontinuous). */
    public record PartBody(String text, List<SpanBody> spans) {
    }

    /** The speaker's mention in the text and the person it resolves to. */
    public record SpeakerBody(String text, List<SpanBody> spans, String name, String entityId, String kind,
                              String resolution) {
        public SpeakerBody withResolved(String name, String entityId) {
            return new SpeakerBody(text, spans, name, entityId, kind, resolution);
        }
    }

    /** An engine statement as stored: {@code storedParentId} is the stored id of the statement it is reported in. */
    public static StatementBody of(Statement s, String storedParentId) {
        return new StatementBody(s.form() == null ? null : s.form().name(),
                s.medium() == null ? null : s.medium().name(), part(s.quote()), speaker(s.speaker()), part(s.cue()),
                part(s.frame()), part(s.addressee()), part(s.channel()), speaker(s.intermediary()), storedParentId,
                s.sentence(), s.rule(), s.confidence(), s.evidence());
    }

    public StatementBody withSpeaker(SpeakerBody sp) {
        return new StatementBody(form, medium, quote, sp, cue, frame, addressee, channel, intermediary, parentId,
                sentence, rule, confidence, evidence);
    }

    static PartBody part(Part p) {
        return p == null ? null : new PartBody(p.text(), spans(p.spans()));
    }

    static SpeakerBody speaker(SpeakerRef s) {
        return s == null ? null : new SpeakerBody(s.text(), spans(s.spans()), s.name(), s.entityId(), s.kind(),
                s.resolution());
    }

    static List<SpanBody> spans(List<Span> spans) {
        return spans == null ? List.of() : spans.stream().map(x -> new SpanBody(x.start(), x.end())).toList();
    }
}
