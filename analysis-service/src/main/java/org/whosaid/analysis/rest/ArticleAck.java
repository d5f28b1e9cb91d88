package org.whosaid.analysis.rest;

/** The answer to POST /api/articles: the article is analysed (statements, persons and alignment committed). */
public record ArticleAck(long id, int version, int statements, String analysisStatus) {
}
