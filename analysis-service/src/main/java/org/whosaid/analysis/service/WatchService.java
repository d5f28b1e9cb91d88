package org.whosaid.analysis.service;

import java.net.URI;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.store.ClusterEntity;
import org.whosaid.analysis.store.PersonEntity;
import org.whosaid.analysis.store.WatchEntity;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * Creates, lists and deletes watches. A watch names a statement (its cluster id) or a speaker (a registry entity id);
 * an optional webhook URL gets a secret the receiver checks signatures with ({@link WebhookSignature}).
 */
@ApplicationScoped
public class WatchService {
    public static final List<String> KINDS = List.of("statement", "speaker");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WhosaidConfig config;
    private final WatchEvents events;

    public WatchService(WhosaidConfig config, WatchEvents events) {
        this.config = config;
        this.events = events;
    }

    /** A watch with its newest events (newest first, at most whosaid.watch.feed-entries). */
    public record Feed(Watch watch, List<WatchEvent> events) {
    }

    @Transactional
    public Feed feed(long id) {
        WatchEntity w = entity(id);
        return new Feed(view(w, false), events.newest(w, config.watch().feedEntries()));
    }

    @Transactional
    public Watch create(String kind, String target, String label, String webhookUrl) {
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(k)) throw ApiException.badRequest("kind must be one of " + KINDS + ", got '" + kind + "'");
        String t = checkTarget(k, target);
        if (label != null && label.length() > 300) throw ApiException.badRequest("label is longer than 300 characters");
        String url = webhookUrl == null || webhookUrl.isBlank() ? null : checkWebhook(webhookUrl.strip());
        if (WatchEntity.count() >= config.watch().maxWatches()) {
            throw ApiException.conflict("there are already " + config.watch().maxWatches()
                    + " watches (whosaid.watch.max-watches); delete one first");
        }
        WatchEntity w = new WatchEntity();
        w.kind = k;
        w.target = t;
        w.label = label == null || label.isBlank() ? null : label.strip();
        w.webhookUrl = url;
        w.webhookSecret = url == null ? null : secret();
        w.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        w.persist();
        return view(w, true);
    }

    @Transactional
    public Slice<Watch> list(int page, int size) {
        List<WatchEntity> rows = WatchEntity.findAll(Sort.descending("id")).page(Page.of(page, size)).list();
        return new Slice<>(rows.stream().map(w -> view(w, false)).toList(), WatchEntity.count(), page, size);
    }

    @Transactional
    public Watch get(long id) {
        return view(entity(id), false);
    }

    @Transactional
    public void delete(long id) {
        entity(id).delete();
    }

    static WatchEntity entity(long id) {
        WatchEntity w = WatchEntity.findById(id);
        if (w == null) throw ApiException.notFound("no watch " + id);
        return w;
    }

    static Watch view(WatchEntity w, boolean withSecret) {
        return new Watch(w.id, w.kind, w.target, w.label, w.createdAt, w.webhookUrl, withSecret ? w.webhookSecret : null,
                w.deliveredUntil, w.failures, w.nextAttemptAt, w.lastError);
    }

    private static String checkTarget(String kind, String target) {
        String t = target == null ? "" : target.strip();
        if (kind.equals("statement")) {
            if (!t.matches("\\d{1,18}")) throw ApiException.badRequest("a statement watch needs target = the cluster id (a number), got '" + target + "'");
            if (ClusterEntity.findById(Long.parseLong(t)) == null) throw ApiException.badRequest("no statement cluster " + t);
            return t;
        }
        if (!t.matches("p-\\d{1,18}")) throw ApiException.badRequest("a speaker watch needs target = the speaker's id (p-<number>), got '" + target + "'");
        if (PersonEntity.findById(Long.parseLong(t.substring(2))) == null) throw ApiException.badRequest("no speaker " + t);
        return t;
    }

    private String checkWebhook(String url) {
        if (url.length() > 2000) throw ApiException.badRequest("webhookUrl is longer than 2000 characters");
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("webhookUrl is not a URL: " + e.getMessage());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
            throw ApiException.badRequest("webhookUrl must be an http or https URL with a host");
        }
        List<String> hosts = config.watch().webhookHosts().orElse(List.of());
        if (!hosts.isEmpty() && hosts.stream().noneMatch(h -> h.strip().equalsIgnoreCase(u.getHost()))) {
            throw ApiException.badRequest("webhookUrl host " + u.getHost() + " is not allowed (whosaid.watch.webhook-hosts)");
        }
        return url;
    }

    private static String secret() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
