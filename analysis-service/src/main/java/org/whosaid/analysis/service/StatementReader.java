package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.store.StatementBody;
import org.whosaid.analysis.store.StatementEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes the stored body of a statement ({@link StatementBody}) and reads a whole stored statement: the body
 * with the row's columns, e.g. its current cluster and the article's outlet (a {@link StoredStatement}).
 */
@ApplicationScoped
public class StatementReader {
    private final ObjectMapper json;

    public StatementReader(ObjectMapper json) {
        this.json = json;
    }

    /** The statement with its row fields from the columns; times in UTC, as the API has always shown them. */
    public StoredStatement read(StatementEntity s) {
        return new StoredStatement(s.id, body(s), s.articleId, s.articleVersion, s.outlet, s.url, utc(s.publishedAt),
                s.clusterId, s.extractorVersion);
    }

    public StatementBody body(StatementEntity s) {
        try {
            return json.readValue(s.body, StatementBody.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored statement " + s.id + " is unreadable", e);
        }
    }

    public String write(StatementBody s) {
        try {
            return json.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
