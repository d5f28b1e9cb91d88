package org.whosaid.web.rest;

import java.util.Map;
import java.util.NoSuchElementException;

import org.eclipse.microprofile.config.ConfigProvider;
import org.whosaid.web.config.WebConfig;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The limits the HTTP layer would otherwise answer with an empty body, answered like {@link HttpBodyLimit} (the error
 * page for browsers, else {error, detail}) with the connection closed: a request line over
 * {@code whosaid.http.max-initial-line-length} (414), headers over {@code whosaid.http.max-header-size} (431), and a
 * chunked upload (no Content-Length) once it passes {@code quarkus.http.limits.max-body-size} (413). The chunked body
 * is counted as Netty decodes it, ahead of whoever reads it, and the rest is dropped, so Quarkus' own check (which
 * answers with an empty body) never sees more than the limit. The transport limits above these only back them up
 * (docs/operations.md).
 */
@ApplicationScoped
public class HttpLimits {

    @Inject WebConfig config;
    @Inject HttpBodyLimit answers;

    void install(@Observes Router router) {
        int maxLine = config.http().maxInitialLineLength();
        long maxHeaders = config.http().maxHeaderSize().asLongValue();
        String bodyText = ConfigProvider.getConfig().getOptionalValue(HttpBodyLimit.KEY, String.class).orElse("10240K");
        long maxBody = new MemorySizeConverter().convert(bodyText).asLongValue();
        router.route().order(-1001).handler(ctx -> {
            HttpServerRequest req = ctx.request();
            int line = requestLineLength(req);
            long headers = headerBytes(req);
            if (line > maxLine) {
                String setting = "whosaid.http.max-initial-line-length=" + maxLine;
                answers.refuse(ctx, 414, "uri-too-long", "errLineTooLong", Map.of("size", (long) line, "limit", (long) maxLine),
                        "the request line is " + line + " bytes; at most " + maxLine + " bytes are accepted (" + setting + ")",
                        setting);
            } else if (headers > maxHeaders) {
                String setting = "whosaid.http.max-header-size=" + maxHeaders;
                answers.refuse(ctx, 431, "headers-too-large", "errHeadersTooLarge", Map.of("size", headers, "limit", maxHeaders),
                        "the request headers are " + headers + " bytes; at most " + maxHeaders + " bytes are accepted ("
                                + setting + ")", setting);
            } else {
                watchChunkedBody(ctx, maxBody);
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
    private void watchChunkedBody(RoutingContext ctx, long limit) {
        HttpServerRequest req = ctx.request();
        if (req.version() == HttpVersion.HTTP_2 || req.headers().contains("Content-Length")
                || !req.headers().contains("Transfer-Encoding") || !(req.connection() instanceof ConnectionBase conn)
                || conn.channel().pipeline().get(BodyCounter.class) != null) { // counted already (a rerouted request)
            return;
        }
        String setting = HttpBodyLimit.setting();
        Runnable over = () -> answers.refuse(ctx, 413, "too-large", "errTooLargeChunked", Map.of("limit", limit),
                "the body, sent without Content-Length, passed " + limit + " bytes; the HTTP layer accepts at most "
                        + limit + " bytes (" + setting + ")", setting);
        try {
            conn.channel().pipeline().addBefore("handler", null, new BodyCounter(limit, over));
        } catch (NoSuchElementException e) {
            // not Vert.x's HTTP/1 pipeline: Quarkus' own limit still applies (empty 413)
        }
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
