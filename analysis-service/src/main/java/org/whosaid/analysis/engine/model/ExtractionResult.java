package org.whosaid.analysis.engine.model;

import java.util.List;

/** What the extractor found in one text: its language, the statements in text order, and the entities mentioned. */
public record ExtractionResult(String language, String extractorVersion, List<Statement> statements,
                               List<EntityMention> entities) {
    public ExtractionResult {
        statements = List.copyOf(statements);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
