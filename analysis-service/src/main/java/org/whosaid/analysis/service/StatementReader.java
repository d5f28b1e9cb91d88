package org.whosaid.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.rest.StatementJson;
import org.whosaid.analysis.store.StatementEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stored statement → contract JSON with its current cluster. */
@ApplicationScoped
public class StatementReader {
    private final ObjectMapper json;

    public StatementReader(ObjectMapper json) {
        this.json = json;
    }

    public StatementJson read(StatementEntity s) {
        try {
            return json.readValue(s.body, StatementJson.class).withCluster(s.clusterId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored statement " + s.id + " is unreadable", e);
        }
    }

    public String write(StatementJson s) {
        try {
            return json.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
