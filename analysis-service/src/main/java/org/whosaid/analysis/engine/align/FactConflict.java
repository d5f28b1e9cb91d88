package org.whosaid.analysis.engine.align;

import java.util.List;
import java.util.Map;

/** Same kind and subject, different values: value → the facts (outlets, statements) that state it. */
public record FactConflict(String kind, String subject, Map<String, List<Fact>> byValue) {
}
