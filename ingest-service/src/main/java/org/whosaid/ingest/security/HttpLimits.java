package org.whosaid.ingest.security;

import java.util.Map;
import java.util.NoSuchElementException;

import org.whosaid.ingest.config.IngestConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The limits the HTTP layer would otherwise answer with an empty body, answered with {error, detail} and the
 * connection closed: a request line over {@code whosaid.http.max-initial-line-length} (414), headers over
 * {@code whosaid.http.max-header-size} (431), and a chunked body (no Content-Length) once it passes the limit
 * {@link BodyLimitRoute} applies to a declared length on its path (413). The chunked body is counted as Netty decodes
 * it, ahead of whoever reads it, and the rest is dropped, so Quarkus' own check (which answers with an empty body)
 * never sees more than {@code quarkus.http.limits.max-body-size}. The transport limits above these only back
 * them up (docs/operations.md).
 */
@ApplicationScoped
public class HttpLimits {

    @Inject
    ObjectMapper mapper;

    @Inject
    IngestConfig config;

    @Inject
    BodyLimitRoute bodyLimits;

    void install(@Observes Router router) {
        int maxLine = config.http().maxInitialLineLength();
        long maxHeaders = config.http().maxHeaderSize().asLongValue();
        router.route().order(-1001).handler(ctx -> {
            HttpServerRequest req = ctx.request();
            int line = requestLineLength(req);
            long headers = headerBytes(req);
            if (line > maxLine) {
                refuse(ctx, 414, "uri-too-long", "the request line is " + line + " bytes; at most " + maxLine
                        + " bytes are accepted (whosaid.http.max-initial-line-length=" + maxLine + ")");
            } else if (headers > maxHeaders) {
                refuse(ctx, 431, "headers-too-large", "the request headers are " + headers + " bytes; at most "
                        + maxHeaders + " bytes are accepted (whosaid.http.max-header-size=" + maxHeaders + ")");
            } else {
                watchChunkedBody(ctx);
                ctx.next();
            }
        });
    }

    /** Bytes of {@code METHOD SP request-target SP version}, as Netty measures the initial line. */
    static int requestLineLength(HttpServerRequest req) {
        return req.method().name().length() + 1 + req.uri().length() + 1 + "HTTP/1.1".length();
    }

    /** Bytes of all header lines ({@code Name: value}) together, as Netty measures the header block. */
    static long headerBytes(HttpServerRequest req) {
        long sum = 0;
        for (Map.Entry<String, String> h : req.headers()) {
            sum += h.getKey().length() + 2 + h.getValue().length();
        }
        return sum;
    }

    /** An HTTP/1.x body sent without Content-Length is counted as it arrives; past the limit it is refused. */
    private void watchChunkedBody(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        if (req.version() == HttpVersion.HTTP_2 || req.headers().contains("Content-Length")
                || !req.headers().contains("Transfer-Encoding") || !(req.connection() instanceof ConnectionBase conn)
                || conn.channel().pipeline().get(BodyCounter.class) != null) { // counted already (a rerouted request)
            return;
        }
        BodyLimitRoute.Limit limit = bodyLimits.limitFor(req.path());
        Runnable over = () -> refuse(ctx, 413, "too-large", "the body, sent without Content-Length, passed "
                + limit.bytes() + " bytes; " + limit.text());
        try {
            conn.channel().pipeline().addBefore("handler", null, new BodyCounter(limit.bytes(), over));
        } catch (NoSuchElementException e) {
            // not Vert.x's HTTP/1 pipeline: Quarkus' own limit still applies (empty 413)
        }
    }

    /** Status, {error, detail}, Connection: close; the connection is closed once the answer is out. */
    private void refuse(RoutingContext ctx, int status, String error, String detail) {
        if (ctx.response().headWritten()) {
            ctx.request().connection().close();
            return;
        }
        String body;
        try {
            body = mapper.writeValueAsString(new Refusal(error, detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Connection", "close").endHandler(v -> ctx.request().connection().close()).end(body);
    }

    /**
     * Counts the bytes of one request body as Netty decodes them, before Vert.x queues them for the reader; past the
     * limit it calls back once and drops the rest. It leaves the pipeline with the body's last part.
     */
    static final class BodyCounter extends ChannelInboundHandlerAdapter {
        private final long limit;
        private final Runnable over;
        private long seen;
        private boolean tripped;

        BodyCounter(long limit, Runnable over) {
            this.limit = limit;
            this.over = over;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (!(msg instanceof HttpContent content)) {
                ctx.fireChannelRead(msg);
                return;
            }
            if (!tripped) {
                seen += content.content().readableBytes();
                tripped = seen > limit;
                if (tripped) {
                    over.run();
                }
            }
            if (tripped) {
                ReferenceCountUtil.release(msg);
            } else {
                ctx.fireChannelRead(msg);
            }
            if (msg instanceof LastHttpContent) {
                ctx.pipeline().remove(this);
            }
        }
    }
}
