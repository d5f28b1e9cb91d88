package org.whosaid.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.store.StatementBody;
import org.whosaid.analysis.store.StatementEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes the stored body of a statement ({@link StatementBody}), read with its current cluster. */
@ApplicationScoped
public class StatementReader {
    private final ObjectMapper json;

    public StatementReader(ObjectMapper json) {
        this.json = json;
    }

    public StatementBody read(StatementEntity s) {
        try {
            return json.readValue(s.body, StatementBody.class).withCluster(s.clusterId);
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
}
