package org.whosaid.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.ingest.config.IngestConfig;

import java.util.*;

/** JSONL batches and multi-file uploads: each item is ingested on its own; bad items are refused, not fatal. */
@ApplicationScoped
public class BatchService {

    public record LineAccepted(int line, long id, int status) {
    }

    public record LineRefused(int line, String error, String detail) {
    }

    public record BatchResult(List<LineAccepted> accepted, List<LineRefused> refused) {
    }

    public record FileAccepted(String name, long id, int status) {
    }

    public record FileRefused(String name, String error, String detail) {
    }

    public record UploadResult(List<FileAccepted> accepted, List<FileRefused> refused) {
    }

    public record NamedFile(String name, String contentType, byte[] bytes) {
    }

    @Inject
    InputParser parser;
    @Inject
    IngestService ingest;
    @Inject
    IngestConfig config;

    public BatchResult jsonl(String body) {
        List<LineAccepted> ok = new ArrayList<>();
        List<LineRefused> bad = new ArrayList<>();
        String[] lines = body.split("\r?\n");
        int items = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            if (++items > config.limits().maxBatchItems()) {
                bad.add(new LineRefused(i + 1, "too-many-items", "a batch holds at most " + config.limits().maxBatchItems() + " articles"));
                break;
            }
            try {
                IngestService.Outcome o = ingest.ingest(parser.json(l));
                ok.add(new LineAccepted(i + 1, o.id(), o.created() ? 201 : 200));
            } catch (ApiException e) {
                bad.add(new LineRefused(i + 1, e.error(), e.detail()));
            }
        }
        if (items == 0) {
            throw ApiException.badRequest("empty-text", "the batch has no lines");
        }
        return new BatchResult(ok, bad);
    }

    public UploadResult upload(List<NamedFile> files) {
        List<FileAccepted> ok = new ArrayList<>();
        List<FileRefused> bad = new ArrayList<>();
        for (NamedFile f : files) {
            String name = f.name() == null ? "file" : f.name();
            String lower = name.toLowerCase(Locale.ROOT);
            try {
                if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
                    BatchResult r = jsonl(parser.utf8(f.bytes()));
                    r.accepted().forEach(a -> ok.add(new FileAccepted(name + ":" + a.line(), a.id(), a.status())));
                    r.refused().forEach(a -> bad.add(new FileRefused(name + ":" + a.line(), a.error(), a.detail())));
                    continue;
                }
                String type;
                if (lower.endsWith(".json")) {
                    type = "application/json";
                } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                    type = "text/html";
                } else if (lower.endsWith(".txt") || lower.endsWith(".text")) {
                    type = "text/plain";
                } else {
                    throw new ApiException(415, "unsupported-file-type", "accepted files: .txt .html .htm .json .jsonl");
                }
                parser.checkSize(f.bytes().length, config.limits().maxBodyBytes());
                IngestService.Outcome o = ingest.ingest(parser.parse(f.bytes(), type, Map.of()));
                ok.add(new FileAccepted(name, o.id(), o.created() ? 201 : 200));
            } catch (ApiException e) {
                bad.add(new FileRefused(name, e.error(), e.detail()));
            }
        }
        return new UploadResult(ok, bad);
    }
}
