package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.store.ConflictEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Replaces the conflicts of one scope ("cluster:12", "name:hnatov") and reads them back. */
@ApplicationScoped
public class ConflictWriter {
    private final ObjectMapper json;

    public ConflictWriter(ObjectMapper json) {
        this.json = json;
    }

    public void clear(String scope) {
        ConflictEntity.delete("scopeKey", scope);
    }

    public void add(String scope, String kind, String subject, Long clusterId, List<Conflict.Value> values) {
        ConflictEntity c = new ConflictEntity();
        c.scopeKey = scope.length() > 300 ? scope.substring(0, 300) : scope;
        c.kind = kind;
        c.subject = subject == null ? "" : subject.length() > 500 ? subject.substring(0, 500) : subject;
        c.clusterId = clusterId;
        try {
            c.valuesJson = json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        c.createdAt = OffsetDateTime.now();
        c.persist();
    }

    public Conflict read(ConflictEntity c) {
        try {
            List<Conflict.Value> values = json.readValue(c.valuesJson, new TypeReference<>() {
            });
            return new Conflict(c.id, c.kind, c.subject, values, c.clusterId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
