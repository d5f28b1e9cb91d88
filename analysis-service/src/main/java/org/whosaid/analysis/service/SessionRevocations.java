package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.whosaid.analysis.store.RevokedSessionEntity;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * The shared list of web-ui sessions ended by logout (issue 15): every web-ui replica adds to it and polls it, so a
 * copied session cookie stops working on all of them. Expired entries are dropped whenever one is added.
 */
@ApplicationScoped
public class SessionRevocations {
    /** Longest session a web-ui issues that this list accepts (a session TTL is hours, not months). */
    static final long MAX_AHEAD_SECONDS = 31L * 24 * 3600;

    public record Revoked(String nonce, long expires, OffsetDateTime revokedAt) {
    }

    @Transactional
    public void revoke(String nonce, Long expires) {
        if (nonce == null || !nonce.matches("[A-Za-z0-9_-]{16,128}")) {
            throw ApiException.badRequest("nonce must be 16 to 128 characters of A-Z, a-z, 0-9, _ or -");
        }
        long now = OffsetDateTime.now(ZoneOffset.UTC).toEpochSecond();
        if (expires == null || expires > now + MAX_AHEAD_SECONDS) {
            throw ApiException.badRequest("expires must be the session's expiry in epoch seconds, at most 31 days ahead");
        }
        RevokedSessionEntity.delete("expiresAt < ?1", now);
        if (expires < now || RevokedSessionEntity.findById(nonce) != null) return;
        RevokedSessionEntity r = new RevokedSessionEntity();
        r.nonce = nonce;
        r.expiresAt = expires;
        r.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
        r.persist();
    }

    /** Entries revoked at or after {@code since} (all when null), oldest first, at most {@code limit}. */
    @Transactional
    public List<Revoked> since(OffsetDateTime since, int limit) {
        var q = since == null ? RevokedSessionEntity.<RevokedSessionEntity>findAll(Sort.ascending("revokedAt"))
                : RevokedSessionEntity.<RevokedSessionEntity>find("revokedAt >= ?1", Sort.ascending("revokedAt"), since);
        return q.page(Page.ofSize(limit)).list().stream().map(r -> new Revoked(r.nonce, r.expiresAt, r.revokedAt)).toList();
    }
}
