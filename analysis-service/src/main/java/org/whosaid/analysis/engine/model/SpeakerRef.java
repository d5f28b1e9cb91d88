package org.whosaid.analysis.engine.model;

import java.util.List;

/**
 * Who a statement is attributed to. {@code text}/{@code spans} is the mention in this text (a name, a pronoun, a
 * role noun); {@code name} the resolved person or institution spelled as in the article's language, or null when the
 * mention could not be resolved; {@code entityId} a stable key linking spellings (filled by the speaker registry, may be
 * null inside the engine); {@code kind} PERSON, INSTITUTION or UNKNOWN; {@code resolution} how the mention was resolved
 * (e.g. "name", "pronoun→Selenskyj (sentence 3)", "role→Uschakow").
 */
public record SpeakerRef(String text, List<Span> spans, String name, String entityId, String kind, String resolution) {
    public SpeakerRef {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }
    public SpeakerRef withEntityId(String id) { return new SpeakerRef(text, spans, name, id, kind, resolution); }
}
