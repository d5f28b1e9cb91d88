package org.whosaid.web.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/** Every setting of the web-ui (prefix {@code whosaid}); each one overridable by an environment variable. */
@ConfigMapping(prefix = "whosaid")
public interface WebConfig {

    /** Directory for the generated admin password, the session secret and the user store. */
    @WithName("data-dir")
    @WithDefault("./data")
    String dataDir();

    Service ingest();

    Service analysis();

    Auth auth();

    Web web();

    Http http();

    /**
     * Limits on the request head, answered with the error page or {error, detail} before any page runs
     * (rest/HttpLimits); the transport limits {@code quarkus.http.limits.max-initial-line-length} /
     * {@code max-header-size} sit above them.
     */
    interface Http {
        /** Bytes of the request line ({@code GET /search?q=x HTTP/1.1}) at most: 414 over it. */
        @WithName("max-initial-line-length") @WithDefault("4096") int maxInitialLineLength();

        /** Bytes of all header lines together ({@code Name: value}, cookies included) at most: 431 over it. */
        @WithName("max-header-size") @WithDefault("20K") @WithConverter(MemorySizeConverter.class) MemorySize maxHeaderSize();
    }

    interface Service {
        /** Base URL of the service, e.g. http://localhost:8081. */
        String url();
    }

    interface Auth {
        /** Admin API key of the two services; when unset the web-ui reads {@code <data-dir>/admin-api-key}. */
        @WithName("admin-key")
        Optional<String> adminKey();
    }

    interface Web {
        /** Reading pages without a login (embedded default true, false in the pg profile). */
        @WithName("anonymous-read")
        @WithDefault("true")
        boolean anonymousRead();

        /** Password of the {@code admin} user created when the user store is empty; generated when unset. */
        @WithName("admin-password")
        Optional<String> adminPassword();

        /** Secret that signs session cookies and CSRF tokens; generated into the data dir when unset. */
        @WithName("session-secret")
        Optional<String> sessionSecret();

        /** How long a login lasts. */
        @WithName("session-ttl")
        @WithDefault("PT12H")
        Duration sessionTtl();

        /** Logged-out sessions remembered until they expire (bounded memory; when full, the oldest sessions are refused). */
        @WithName("revoked-sessions-max")
        @WithDefault("100000")
        int revokedSessionsMax();

        /** Set the Secure flag on cookies (turn off only for plain-http local use). */
        @WithName("secure-cookies")
        @WithDefault("true")
        boolean secureCookies();

        /** Failed logins allowed per client address and user name within {@link #loginWindow()}. */
        @WithName("login-max-failures")
        @WithDefault("5")
        int loginMaxFailures();

        @WithName("login-window")
        @WithDefault("PT5M")
        Duration loginWindow();

        /**
         * Time zone every date and time on the pages is shown in, with its name ("02.03.2026, 10:00 CET" on German pages); an IANA id
         * such as Europe/Berlin or UTC. An unknown id stops the start with the id named.
         */
        @WithName("time-zone")
        @WithDefault("Europe/Berlin")
        String timeZone();

        /** Page size of the search and list pages. */
        @WithName("page-size")
        @WithDefault("20")
        int pageSize();

        /**
         * The web UI's public address, used only where an absolute URL must be exported (ClaimReview {@code url}, CSV
         * links); pages and redirects use relative links, never the request's Host header.
         */
        @WithName("public-base-url")
        @WithDefault("http://localhost:8080")
        String publicBaseUrl();

        /** Largest page number of a list page (400 beyond it; the services have the same limit). */
        @WithName("max-page")
        @WithDefault("100000")
        int maxPage();

        /** Most rows written by one export. */
        @WithName("export-max")
        @WithDefault("2000")
        int exportMax();

        /** Renderings shown per page of a cluster page (the reference always on top). */
        @WithName("cluster-page-size")
        @WithDefault("30")
        int clusterPageSize();
    }
}
