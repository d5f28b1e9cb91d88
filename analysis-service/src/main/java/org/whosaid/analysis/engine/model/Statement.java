package org.whosaid.analysis.engine.model;

import java.util.List;

/**
 * One statement found in a text: the public contract of the extractor (see README "statement contract").
 *
 * @param id           stable within one text: the same text analysed again gives the same ids ("s-1", "s-2", … in text order)
 * @param quote        the content of the statement
 * @param speaker      null when nobody could be identified
 * @param cue          the verb or marker that signals the statement (may be null for bare quotes)
 * @param frame        optional frame ("im Interview mit …")
 * @param addressee    optional addressee ("told reporters")
 * @param channel      optional channel through which it was said ("im Staatsfernsehen")
 * @param intermediary optional intermediary reporting it ("wie die Agentur Tass berichtete")
 * @param parentId     set when this statement is reported inside another statement (Uschakow reporting Putin)
 * @param sentence     index of the sentence the statement starts in
 * @param rule         the name of the rule that produced it
 * @param evidence     human-readable evidence: rule, cue, how the speaker was resolved, from which sentence
 */
public record Statement(
        String id,
        Form form,
        Medium medium,
        Part quote,
        SpeakerRef speaker,
        Part cue,
        Part frame,
        Part addressee,
        Part channel,
        SpeakerRef intermediary,
        String parentId,
        int sentence,
        String rule,
        double confidence,
        List<String> evidence) {
    public Statement {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
