package org.whosaid.analysis.logging;

/**
 * A request body that names the article it is about, so that {@link ArticleLog} can put its id in the logging MDC
 * without knowing the API's records; e.g. the article hand-off {@code rest/ArticleIn}.
 */
public interface NamesArticle {
    /** The article's id, or null when the body gives none. */
    Long id();
}
