package org.whosaid.analysis.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.whosaid.analysis.engine.model.Part;
import org.whosaid.analysis.engine.model.SpeakerRef;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;
import org.whosaid.analysis.service.StoredStatement;
import org.whosaid.analysis.store.StatementBody;

/**
 * The statement contract (README): what the extractor found, with character spans (Java String indices, end
 * exclusive) into the analysed text. Stored statements add articleId, articleVersion, outlet, url, publishedAt,
 * clusterId and extractorVersion (null for /api/analyze). Made from an engine statement ({@link #of(Statement)},
 * /api/analyze) or from a stored one ({@link #of(StoredStatement)}: its body and row columns).
 */
@Schema(name = "Statement", description = "One statement: who said what, with spans and evidence")
public record StatementJson(
        @Schema(description = "stable id: \"s-3\" in /api/analyze, \"{articleId}-s-3\" when stored") String id,
        @Schema(enumeration = {"Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported"}) String form,
        @Schema(enumeration = {"Speech", "Writing", "Thought"}) String medium,
        @Schema(description = "the content of the statement") PartJson quote,
        @Schema(description = "who said it; null when unknown", nullable = true) SpeakerJson speaker,
        @Schema(description = "the speech verb or marker", nullable = true) PartJson cue,
        @Schema(nullable = true) PartJson frame,
        @Schema(nullable = true) PartJson addressee,
        @Schema(description = "channel through which it was said, e.g. \"im Staatsfernsehen\"", nullable = true) PartJson channel,
        @Schema(description = "who reports it, e.g. the agency Tass", nullable = true) SpeakerJson intermediary,
        @Schema(description = "id of the statement this one is reported inside (a speaker quoting another)", nullable = true) String parentId,
        @Schema(description = "index of the sentence the statement starts in") int sentence,
        @Schema(description = "the rule that produced it") String rule,
        double confidence,
        @Schema(description = "why: rule, cue, how the speaker was resolved, from which sentence") List<String> evidence,
        @Schema(nullable = true) Long articleId,
        @Schema(nullable = true) Integer articleVersion,
        @Schema(nullable = true) String outlet,
        @Schema(nullable = true) String url,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true) Long clusterId,
        @Schema(nullable = true) String extractorVersion) {

    @Schema(name = "Span")
    public record SpanJson(int start, int end) {
    }

    @Schema(name = "Part", description = "text and where it stands (possibly discontinuous)")
    public record PartJson(String text, List<SpanJson> spans) {
    }

    @Schema(name = "Speaker", description = "the mention in the text and the person it resolves to")
    public record SpeakerJson(String text, List<SpanJson> spans, String name, String entityId, String kind,
                              String resolution) {
    }

    /** The contract of an engine statement, as found in a text (no stored fields). */
    public static StatementJson of(Statement s) {
        return new StatementJson(s.id(), s.form() == null ? null : s.form().name(),
                s.medium() == null ? null : s.medium().name(), part(s.quote()), speaker(s.speaker()), part(s.cue()),
                part(s.frame()), part(s.addressee()), part(s.channel()), speaker(s.intermediary()), s.parentId(),
                s.sentence(), s.rule(), s.confidence(), s.evidence(), null, null, null, null, null, null, null);
    }

    /** A stored statement as the API shows it: the extraction from its body, the rest from its row. */
    public static StatementJson of(StoredStatement s) {
        StatementBody b = s.body();
        return new StatementJson(s.id(), b.form(), b.medium(), part(b.quote()), speaker(b.speaker()), part(b.cue()),
                part(b.frame()), part(b.addressee()), part(b.channel()), speaker(b.intermediary()), b.parentId(),
                b.sentence(), b.rule(), b.confidence(), b.evidence(), s.articleId(), s.articleVersion(), s.outlet(),
                s.url(), s.publishedAt(), s.clusterId(), s.extractorVersion());
    }

    static PartJson part(StatementBody.PartBody p) {
        return p == null ? null : new PartJson(p.text(), p.spans() == null ? null
                : p.spans().stream().map(x -> new SpanJson(x.start(), x.end())).toList());
    }

    static SpeakerJson speaker(StatementBody.SpeakerBody s) {
        return s == null ? null : new SpeakerJson(s.text(), s.spans() == null ? null
                : s.spans().stream().map(x -> new SpanJson(x.start(), x.end())).toList(), s.name(), s.entityId(),
                s.kind(), s.resolution());
    }

    static PartJson part(Part p) {
        return p == null ? null : new PartJson(p.text(), spans(p.spans()));
    }

    static SpeakerJson speaker(SpeakerRef s) {
        return s == null ? null : new SpeakerJson(s.text(), spans(s.spans()), s.name(), s.entityId(), s.kind(),
                s.resolution());
    }

    static List<SpanJson> spans(List<Span> spans) {
        return spans == null ? List.of() : spans.stream().map(x -> new SpanJson(x.start(), x.end())).toList();
    }
}
