package org.whosaid.ingest.rest;

import java.util.List;
import java.util.Map;

import org.whosaid.ingest.logging.NamesArticle;
import org.whosaid.ingest.service.StoredArticle;

/** An article as served by the API. {@code text} is the clean body (absent in lists). */
public record ArticleView(long id, String url, String outlet, String title, String kicker, String lead,
                          String publishedAt, String language, List<String> agencies, List<String> authors,
                          String text, String contentHash, int version, String analysisStatus, String analysisError,
                          Long copyOf, List<Long> copies, String ingestedAt, Map<String, String> provenance) implements NamesArticle {

    /** The API's view of an article that the service read. */
    public static ArticleView of(StoredArticle a) {
        return new ArticleView(a.id(), a.url(), a.outlet(), a.title(), a.kicker(), a.lead(), a.publishedAt(),
                a.language(), a.agencies(), a.authors(), a.text(), a.contentHash(), a.version(), a.analysisStatus(),
                a.analysisError(), a.copyOf(), a.copies(), a.ingestedAt(), a.provenance());
    }
}
