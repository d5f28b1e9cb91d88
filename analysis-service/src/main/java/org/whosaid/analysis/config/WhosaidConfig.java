package org.whosaid.analysis.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** The analysis-service's settings under {@code whosaid.*}; every key can be overridden by an environment variable. */
@ConfigMapping(prefix = "whosaid")
public interface WhosaidConfig {

    @WithDefault("./data")
    String dataDir();

    Auth auth();

    Analysis analysis();

    Align align();

    Http http();

    /**
     * Limits on the request head, answered with {error, detail} before any resource runs (rest/HttpLimits); the
     * transport limits {@code quarkus.http.limits.max-initial-line-length} / {@code max-header-size} sit above them.
     */
    interface Http {
        /** Bytes of the request line ({@code POST /api/analyze?x=y HTTP/1.1}) at most: 414 over it. */
        @WithDefault("4096")
        int maxInitialLineLength();

        /** Bytes of all header lines together ({@code Name: value}) at most: 431 over it. */
        @WithDefault("20K")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxHeaderSize();
    }

    Watch watch();

    /** Watches on a statement or a speaker: their Atom feed and webhook (docs/api.md, watches). */
    interface Watch {
        /** Entries in a watch's Atom feed at most (the newest). */
        @WithDefault("100")
        int feedEntries();

        /** Watches at most; creating one more is refused with 409. */
        @WithDefault("1000")
        int maxWatches();

        /** Events posted to a webhook in one request at most; the rest follow in the next run. */
        @WithDefault("50")
        int webhookBatch();

        /** Time a webhook has to answer (connect and response). */
        @WithDefault("5s")
        Duration webhookTimeout();

        /** Wait before the first retry of a failed webhook; doubled per failure up to webhook-retry-max. */
        @WithDefault("30s")
        Duration webhookRetryBase();

        @WithDefault("1h")
        Duration webhookRetryMax();

        /** Hosts a webhook may point to (comma-separated); empty = any http(s) host. */
        Optional<java.util.List<String>> webhookHosts();
    }

    interface Align {
        Embedding embedding();

        /** Optional sentence-embedding signal: off unless both files are set (nothing is downloaded). */
        interface Embedding {
            /** ONNX model file (WHOSAID_ALIGN_EMBEDDING_MODEL_PATH). */
            Optional<String> modelPath();

            /** Hugging Face tokenizer.json of that model (WHOSAID_ALIGN_EMBEDDING_TOKENIZER_PATH). */
            Optional<String> tokenizerPath();

            /** Longer quotes are truncated to this many tokens (WHOSAID_ALIGN_EMBEDDING_MAX_TOKENS). */
            @WithDefault("128")
            int maxTokens();
        }
    }

    interface Auth {
        /** The admin key (WHOSAID_ADMIN_API_KEY); when absent it is read from / generated into {@code <data-dir>/admin-api-key}. */
        Optional<String> adminKey();

        @WithDefault("false")
        boolean readRequiresKey();

        /** Further keys: {@code whosaid.auth.keys.<name>=<scope>:<key>} with scope ingest, review or admin. */
        Map<String, String> keys();

        /** Wrong API keys tolerated per client address within key-failure-window; then 429 for any key from there. */
        @WithDefault("20")
        int maxKeyFailures();

        @WithDefault("1m")
        Duration keyFailureWindow();
    }

    interface Analysis {
        /** Largest text accepted by /api/analyze and /api/articles, in UTF-8 bytes. */
        @WithDefault("2097152")
        int maxTextBytes();

        /** Largest text of an anonymous POST /api/analyze (no API key), in UTF-8 bytes; callers with a key get max-text-bytes. */
        @WithDefault("65536")
        int anonymousMaxTextBytes();

        /** Time budget of one POST /api/analyze, queueing included: past it the answer is 503 and queued work is dropped. */
        @WithDefault("5s")
        Duration analyzeTimeout();

        /** Extractions of /api/analyze running at once; 0 = one per core. */
        @WithDefault("0")
        int analyzeThreads();

        /** /api/analyze requests waiting for an extraction thread at most; beyond that the answer is 503 at once. */
        @WithDefault("64")
        int analyzeQueue();

        /** Per client address token bucket for anonymous POST /api/analyze (429 with Retry-After beyond it). */
        RateLimit anonymousRateLimit();

        interface RateLimit {
            @WithDefault("true")
            boolean enabled();

            /** Requests per second and address, sustained. */
            @WithDefault("200")
            double perSecond();

            /** Requests an address may send at once before the sustained rate applies. */
            @WithDefault("400")
            int burst();
        }

        @WithDefault("200")
        int maxPageSize();

        /** Largest page number of a list (page*size must also fit); past it the answer is 400. */
        @WithDefault("100000")
        int maxPage();

        /** Search: a word found in at most this many statements drives the query from the term index; commoner words scan statements newest first. */
        @WithDefault("20000")
        int searchTermScanLimit();

        /** Search: totals above this are answered as this number with totalCapped=true (counting every match of a common word costs a scan). */
        @WithDefault("500")
        int searchCountMax();

        /** Search: a last word (a prefix) standing for at most this many distinct terms is searched as the merge of their ordered lists; shorter, commoner prefixes scan statements. */
        @WithDefault("32")
        int searchPrefixTerms();

        @WithDefault("7")
        int storyWindowDays();

        @WithDefault("2")
        int storyMinSharedPersons();

        /** Rows read per blocking key when fetching alignment candidates (newest first; docs/alignment-scale.md). */
        @WithDefault("100")
        int maxRowsPerKey();

        /** Candidates compared per new statement at most (the best-ranked by shared blocking keys). */
        @WithDefault("100")
        int maxCandidates();

        /**
         * Most statements regrouped when an article arrives (its statements, those they scored with, and the other
         * members of their clusters); beyond it the nearest are regrouped and the rest keep their clusters.
         */
        @WithDefault("400")
        int maxRegroup();

        /** Scored pairs kept per new statement for the grouping (the highest weights). */
        @WithDefault("50")
        int maxEdgesPerStatement();

        /** Retries of a write transaction after a lock timeout or a unique-constraint race. */
        @WithDefault("4")
        int writeRetries();

        OptionalDouble sameThreshold();

        OptionalDouble relatedThreshold();

        /** Least mean weight for a rendering to be shown also in a second cluster (default 0.55). */
        OptionalDouble alsoThreshold();
    }
}
