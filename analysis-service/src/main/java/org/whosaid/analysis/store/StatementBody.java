package org.whosaid.analysis.store;

import java.time.OffsetDateTime;
import java.util.List;

import org.whosaid.analysis.engine.model.Part;
import org.whosaid.analysis.engine.model.SpeakerRef;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;

/**
 * The JSON kept in {@link StatementEntity#body}: one statement as the extractor found it, with character spans (Java
 * String indices, end exclusive) into the article text, plus the stored fields (articleId, articleVersion, outlet,
 * url, publishedAt, extractorVersion). Its fields and their order are the stored shape: rows written earlier are read
 * back into it. The API's record ({@code rest/StatementJson}) is mapped from it and has the same fields today; when
 * the two part, this one changes only with a migration of the stored rows.
 */
public record StatementBody(String id, String form, String medium, PartBody quote, SpeakerBody speaker, PartBody cue,
                            PartBody frame, PartBody addressee, PartBody channel, SpeakerBody intermediary,
                            String parentId, int sentence, String rule, double confidence, List<String> evidence,
                            Long articleId, Integer articleVersion, String outlet, String url,
                            OffsetDateTime publishedAt, Long clusterId, String extractorVersion) {

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

    /** An engine statement as found in a text (no stored fields yet). */
    public static StatementBody of(Statement s) {
        return new StatementBody(s.id(), s.form() == null ? null : s.form().name(),
                s.medium() == null ? null : s.medium().name(), part(s.quote()), speaker(s.speaker()), part(s.cue()),
                part(s.frame()), part(s.addressee()), part(s.channel()), speaker(s.intermediary()), s.parentId(),
                s.sentence(), s.rule(), s.confidence(), s.evidence(), null, null, null, null, null, null, null);
    }

    public StatementBody stored(String storedId, String storedParentId, long articleId, int articleVersion,
                                String outlet, String url, OffsetDateTime publishedAt, Long clusterId,
                                String extractorVersion) {
        return new StatementBody(storedId, form, medium, quote, speaker, cue, frame, addressee, channel, intermediary,
                storedParentId, sentence, rule, confidence, evidence, articleId, articleVersion, outlet, url,
                publishedAt, clusterId, extractorVersion);
    }

    public StatementBody withCluster(Long clusterId) {
        return new StatementBody(id, form, medium, quote, speaker, cue, frame, addressee, channel, intermediary,
                parentId, sentence, rule, confidence, evidence, articleId, articleVersion, outlet, url, publishedAt,
                clusterId, extractorVersion);
    }

    public StatementBody withSpeaker(SpeakerBody sp) {
        return new StatementBody(id, form, medium, quote, sp, cue, frame, addressee, channel, intermediary,
                parentId, sentence, rule, confidence, evidence, articleId, articleVersion, outlet, url, publishedAt,
                clusterId, extractorVersion);
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
