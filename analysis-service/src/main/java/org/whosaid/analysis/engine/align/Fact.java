package org.whosaid.analysis.engine.align;

/**
 * A fact stated in one rendering that can conflict across outlets.
 *
 * @param kind    number | date | weekday | place | role | person
 * @param subject what the value is about (e.g. the unit "soldaten", "day", a surname for roles and first names)
 * @param value   the value as normalised for comparison
 */
public record Fact(String kind, String subject, String value, String statementId, long articleId, String outlet) {
}
