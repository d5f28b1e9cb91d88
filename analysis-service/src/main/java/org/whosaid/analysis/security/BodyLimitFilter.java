package org.whosaid.analysis.security;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.whosaid.analysis.config.WhosaidConfig;

/** Refuses bodies declared larger than the text limit plus room for JSON metadata with 413 JSON before reading them. */
public class BodyLimitFilter {
    private final WhosaidConfig config;

    public BodyLimitFilter(WhosaidConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true, priority = 10)
    public Optional<Response> check(ContainerRequestContext ctx) {
        int length = ctx.getLength();
        long limit = (long) config.analysis().maxTextBytes() * 2 + 65536;   // JSON escaping may double the text
        if (length > limit) {
            return Optional.of(Refusal.json(413, "too-large",
                    "the body has " + length + " bytes; the limit is " + limit + " (whosaid.analysis.max-text-bytes="
                            + config.analysis().maxTextBytes() + " of text)").build());
        }
        return Optional.empty();
    }
}
