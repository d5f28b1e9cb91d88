package org.whosaid.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All ingest-service settings under {@code whosaid.*}; every key can be overridden by an environment variable. */
@ConfigMapping(prefix = "whosaid")
public interface IngestConfig {

    @WithName("data-dir")
    @WithDefault("./data")
    String dataDir();

    Auth auth();

    Limits limits();

    Http http();

    /**
     * Limits on the request head, answered with {error, detail} before any resource runs (security/HttpLimits); the
     * transport limits {@code quarkus.http.limits.max-initial-line-length} / {@code max-header-size} sit above them.
     */
    interface Http {
        /** Bytes of the request line ({@code POST /api/articles?x=y HTTP/1.1}) at most: 414 over it. */
        @WithName("max-initial-line-length") @WithDefault("4096") int maxInitialLineLength();

        /** Bytes of all header lines together ({@code Name: value}) at most: 431 over it. */
        @WithName("max-header-size") @WithDefault("20K") @WithConverter(MemorySizeConverter.class) MemorySize maxHeaderSize();
    }

    @WithName("rate-limit")
    RateLimit rateLimit();

    Analysis analysis();

    Outbox outbox();

    Fetch fetch();

    Html html();

    Feeds feeds();

    Duplicates duplicates();

    Clean clean();

    Retention retention();

    interface Retention {
        /** Days to keep raw inputs (pasted pages, fetched HTML); 0 keeps them forever. */
        @WithName("raw-days") @WithDefault("0") int rawDays();
        /** Days to keep acknowledged outbox rows; 0 keeps them. */
        @WithName("outbox-done-days") @WithDefault("7") int outboxDoneDays();
    }

    interface Auth {
        /** Admin key; empty → read or generate {@code <data-dir>/admin-api-key}. */
        @WithName("admin-key")
        Optional<String> adminKey();

        @WithName("read-requires-key")
        @WithDefault("false")
        boolean readRequiresKey();

        /** {@code whosaid.auth.keys.<name>=<scope>:<key>}, scope one of ingest, review, admin. */
        Map<String, String> keys();

        /** Wrong API keys tolerated per client address within key-failure-window; then 429 for any key from there. */
        @WithName("max-key-failures") @WithDefault("20") int maxKeyFailures();

        @WithName("key-failure-window") @WithDefault("1m") Duration keyFailureWindow();
    }

    interface Limits {
        @WithName("max-body-bytes") @WithDefault("2097152") long maxBodyBytes();
        @WithName("max-batch-bytes") @WithDefault("33554432") long maxBatchBytes();
        @WithName("max-json-depth") @WithDefault("32") int maxJsonDepth();
        @WithName("max-line-chars") @WithDefault("100000") int maxLineChars();
        @WithName("max-batch-items") @WithDefault("10000") int maxBatchItems();
        /** Largest page number of a list; beyond it (or when page*size would overflow) the answer is 400. */
        @WithName("max-page") @WithDefault("100000") int maxPage();
    }

    interface RateLimit {
        @WithDefault("true") boolean enabled();
        @WithName("per-second") @WithDefault("200") double perSecond();
        @WithDefault("400") double burst();
    }

    interface Analysis {
        @WithDefault("http://localhost:8082") String url();
        @WithName("connect-timeout") @WithDefault("2s") Duration connectTimeout();
        @WithName("read-timeout") @WithDefault("60s") Duration readTimeout();
    }

    interface Outbox {
        @WithDefault("true") boolean enabled();
        /** Dispatcher period (scheduler expression, e.g. 1s). */
        @WithDefault("1s") String every();
        @WithName("batch-size") @WithDefault("50") int batchSize();
        /** Deliveries in flight at once (each to a different article). */
        @WithDefault("4") int parallelism();
        @WithName("initial-backoff") @WithDefault("1s") Duration initialBackoff();
        @WithName("max-backoff") @WithDefault("5m") Duration maxBackoff();
        @WithName("claim-timeout") @WithDefault("2m") Duration claimTimeout();
    }

    interface Fetch {
        @WithName("connect-timeout") @WithDefault("5s") Duration connectTimeout();
        @WithName("read-timeout") @WithDefault("15s") Duration readTimeout();
        @WithName("max-bytes") @WithDefault("5242880") long maxBytes();
        @WithName("max-redirects") @WithDefault("5") int maxRedirects();
        /** Test-only: lets fetches reach 127.0.0.0/8 and ::1 (never other private ranges). */
        @WithName("allow-loopback-for-tests") @WithDefault("false") boolean allowLoopbackForTests();
        @WithName("user-agent") @WithDefault("whosaid-ingest/1.0") String userAgent();
    }

    interface Html {
        @WithName("readability-timeout") @WithDefault("5s") Duration readabilityTimeout();
        /** Per-outlet overrides keyed by domain: {@code whosaid.html.overrides."example.org".body=article .text}. */
        Map<String, HtmlOverride> overrides();
    }

    interface HtmlOverride {
        /** CSS selector of the body container(s). */
        Optional<String> body();
        /** CSS selectors removed before extraction. */
        Optional<List<String>> remove();
    }

    interface Feeds {
        @WithDefault("true") boolean enabled();
        /** How often due feeds are looked for; each feed has its own interval. */
        @WithDefault("60s") String every();
        @WithName("max-items-per-poll") @WithDefault("50") int maxItemsPerPoll();
    }

    interface Duplicates {
        @WithName("recent-window") @WithDefault("2000") int recentWindow();
        @WithName("max-hamming") @WithDefault("18") int maxHamming();
        @WithName("min-jaccard") @WithDefault("0.8") double minJaccard();
        /** At most this many SimHash neighbours are verified by shingle overlap. */
        @WithName("max-verify") @WithDefault("10") int maxVerify();
    }

    interface Clean {
        @WithName("default-zone") @WithDefault("Europe/Berlin") String defaultZone();
    }
}
