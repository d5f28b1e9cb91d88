package org.whosaid.analysis.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.store.WatchEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Posts the new events of each watch with a webhook, on its own scheduler thread, never inside an article's
 * analysis. A watch is first claimed with a conditional update (one replica sends it), then its events after the last
 * acknowledged one are posted as JSON, signed ({@link WebhookSignature}). A 2xx answer moves the acknowledged time on;
 * anything else (or no answer within whosaid.watch.webhook-timeout) leaves it and retries later, waiting
 * webhook-retry-base doubled per failure up to webhook-retry-max. The body:
 * <pre>{"watch":{"id":3,"kind":"statement","target":"7","label":null},"sentAt":"…","events":[{"at":"…","type":"rendering",…}]}</pre>
 */
@ApplicationScoped
public class WebhookDelivery {
    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);

    private final WhosaidConfig config;
    private final WatchEvents events;
    private final ObjectMapper json;
    private final HttpClient http;

    public WebhookDelivery(WhosaidConfig config, WatchEvents events, ObjectMapper json) {
        this.config = config;
        this.events = events;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.watch().webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${whosaid.watch.webhook-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deliverDue();
    }

    /** Sends every due watch once; returns how many requests were acknowledged. */
    public int deliverDue() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> WatchEntity.<WatchEntity>find(
                "webhookUrl is not null and (nextAttemptAt is null or nextAttemptAt <= ?1) order by id", now)
                .page(0, 200).list().stream().map(w -> w.id).toList());
        int ok = 0;
        for (Long id : due) if (deliver(id, now)) ok++;
        return ok;
    }

    private boolean deliver(long id, OffsetDateTime now) {
        Duration lease = config.watch().webhookTimeout().multipliedBy(3);
        // claim: only the replica whose update matches sends this round
        int claimed = QuarkusTransaction.requiringNew().call(() -> WatchEntity.update(
                "nextAttemptAt = ?1 where id = ?2 and (nextAttemptAt is null or nextAttemptAt <= ?3)",
                now.plus(lease), id, now));
        if (claimed != 1) return false;
        Outgoing out = QuarkusTransaction.requiringNew().call(() -> {
            WatchEntity w = WatchEntity.findById(id);
            if (w == null) return null;
            OffsetDateTime after = w.deliveredUntil != null ? w.deliveredUntil : w.createdAt;
            return new Outgoing(WatchService.view(w, false), w.webhookSecret, events.after(w, after, config.watch().webhookBatch()));
        });
        if (out == null) return false;
        if (out.events.isEmpty()) {
            finish(id, null, null);
            return false;
        }
        String error;
        try {
            byte[] body = json.writeValueAsBytes(body(out, now));
            HttpRequest req = HttpRequest.newBuilder(URI.create(out.watch.webhookUrl()))
                    .timeout(config.watch().webhookTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "whosaid-webhook")
                    .header(WebhookSignature.HEADER, WebhookSignature.of(out.secret, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> res = http.send(req, HttpResponse.BodyHandlers.discarding());
            if (res.statusCode() / 100 == 2) {
                finish(id, out.events.get(out.events.size() - 1).at(), null);
                return true;
            }
            error = "HTTP " + res.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        LOG.warnf("webhook of watch %d failed: %s", id, error);
        finish(id, null, error.length() > 500 ? error.substring(0, 500) : error);
        return false;
    }

    /** Records the outcome: acknowledged up to {@code until}, or a failure with back-off. */
    private void finish(long id, OffsetDateTime until, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            WatchEntity w = WatchEntity.findById(id);
            if (w == null) return;
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            if (error == null) {
                if (until != null) w.deliveredUntil = until;
                w.failures = 0;
                w.lastError = null;
                w.nextAttemptAt = null;
            } else {
                w.failures++;
                Duration wait = config.watch().webhookRetryBase().multipliedBy(1L << Math.min(20, w.failures - 1));
                if (wait.compareTo(config.watch().webhookRetryMax()) > 0) wait = config.watch().webhookRetryMax();
                w.nextAttemptAt = now.plus(wait);
                w.lastError = error;
            }
        });
    }

    private static Map<String, Object> body(Outgoing out, OffsetDateTime now) {
        Map<String, Object> watch = new LinkedHashMap<>();
        watch.put("id", out.watch.id());
        watch.put("kind", out.watch.kind());
        watch.put("target", out.watch.target());
        watch.put("label", out.watch.label());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("watch", watch);
        b.put("sentAt", now.toString());
        b.put("events", out.events);
        return b;
    }

    private record Outgoing(Watch watch, String secret, List<WatchEvent> events) {
    }
}
