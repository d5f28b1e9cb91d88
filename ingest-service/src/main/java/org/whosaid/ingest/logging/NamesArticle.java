package org.whosaid.ingest.logging;

/**
 * A response body that is one stored article, so that {@link WriteLog} can put its id in the logging MDC without
 * knowing the API's records; e.g. {@code rest/ArticleView}.
 */
public interface NamesArticle {
    /** The stored article's id. */
    long id();
}
