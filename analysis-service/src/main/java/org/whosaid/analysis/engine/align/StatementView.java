package org.whosaid.analysis.engine.align;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What alignment knows of a stored statement. {@code context} = the sentence(s) the statement comes from.
 * Any field except {@code statementId} may be null. {@code speakerNamed}: the rendering names its speaker itself
 * (false when the speaker was resolved from a pronoun, a role noun or a source phrase, which can be wrong).
 * {@code undatedDay}: for an article without a publication date, the day its paragraph states before the statement
 * ({@link UndatedDay}); null otherwise.
 */
public record StatementView(String statementId, long articleId, String outlet, OffsetDateTime publishedAt,
        String language, String speakerEntityId, String speakerName, String form, String quote, String context,
        String channel, String intermediary, boolean speakerNamed, LocalDate undatedDay) {

    public StatementView(String statementId, long articleId, String outlet, OffsetDateTime publishedAt, String language,
            String speakerEntityId, String speakerName, String form, String quote, String context, String channel,
            String intermediary, boolean speakerNamed) {
        this(statementId, articleId, outlet, publishedAt, language, speakerEntityId, speakerName, form, quote, context,
                channel, intermediary, speakerNamed, null);
    }

    public StatementView(String statementId, long articleId, String outlet, OffsetDateTime publishedAt, String language,
            String speakerEntityId, String speakerName, String form, String quote, String context, String channel,
            String intermediary) {
        this(statementId, articleId, outlet, publishedAt, language, speakerEntityId, speakerName, form, quote, context,
                channel, intermediary, true);
    }

    /** Whether a speaker resolution string (SpeakerRef.resolution) says the speaker was named in the rendering. */
    public static boolean named(String resolution) {
        return resolution == null || resolution.equals("name") || resolution.startsWith("corrected");
    }
}
