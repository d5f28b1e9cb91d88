package org.whosaid.ingest.logging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One log line per write request ({@code POST /api/articles -> 201 in 85 ms}); with the MDC it carries the request id
 * (stored with the outbox rows it queues) and, when an article was stored, its id. Reads are not logged (metrics cover them).
 */
public class WriteLog {
    private static final Logger LOG = Logger.getLogger(WriteLog.class);
    private static final String STARTED = "whosaid.started";

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void started(ContainerRequestContext req) {
        req.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public void written(ContainerRequestContext req, ContainerResponseContext resp) {
        String method = req.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        if (resp.getEntity() instanceof NamesArticle a) {
            org.jboss.logging.MDC.put(RequestIds.ARTICLE_KEY, String.valueOf(a.id())); // the article this request stored
        }
        Object t0 = req.getProperty(STARTED);
        long ms = t0 instanceof Long l ? (System.nanoTime() - l) / 1_000_000 : -1;
        LOG.infof("%s %s -> %d in %d ms", method, req.getUriInfo().getPath(), resp.getStatus(), ms);
    }
}
