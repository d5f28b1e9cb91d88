package org.whosaid.web.rest;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.whosaid.web.i18n.Messages;
import org.whosaid.web.security.RequestFilters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A request whose Content-Length is over {@code quarkus.http.limits.max-body-size} (an upload too large) gets 413 with
 * a body: the usual error page in the visitor's language for browsers (Accept: text/html), else
 * {@code {"error":"too-large","detail":...}}. Quarkus' own check (a route at order -2) answers the same requests with
 * an empty body; this route runs before it, makes the same test and, like it, closes the connection so the body is
 * never read. It runs before the session is read, so the page shows the logged-out navigation. {@link HttpLimits}
 * answers the other limits of the HTTP layer the same way ({@link #refuse}).
 */
@ApplicationScoped
public class HttpBodyLimit {

    static final String KEY = "quarkus.http.limits.max-body-size";

    @Inject Messages messages;
    @Inject ObjectMapper mapper;
    @Inject @Location("error.html") Template error;

    void install(@Observes Router router) {
        String text = ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("10240K");
        long limit = new MemorySizeConverter().convert(text).asLongValue();
        String setting = setting();
        router.route().order(-1000).handler(ctx -> {
            long len = declaredLength(ctx.request().getHeader("Content-Length"));
            if (len <= limit) {
                ctx.next();
                return;
            }
            refuse(ctx, 413, "too-large", "errTooLarge", Map.of("size", len, "limit", limit), "the body is " + len
                    + " bytes; the HTTP layer accepts at most " + limit + " bytes (" + setting + ")", setting);
        });
    }

    /** {@code quarkus.http.limits.max-body-size=<value>} and the environment variable that sets it. */
    static String setting() {
        String text = ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("10240K");
        return KEY + "=" + text + " (environment variable WHOSAID_WEB_MAX_UPLOAD)";
    }

    /**
     * Answers {@code status} with Connection: close and closes the connection once the answer is out: for browsers
     * (Accept: text/html) the error page in the visitor's language, titled by {@code <messageKey>Title}, its text
     * {@code <messageKey>Text} with {@code {name}} replaced by the formatted numbers; else {error, detail}. When an
     * answer has already begun, the connection is only closed.
     */
    void refuse(RoutingContext ctx, int status, String error, String messageKey, Map<String, Long> numbers, String detail,
                String setting) {
        if (ctx.response().headWritten()) {
            ctx.request().connection().close();
            return;
        }
        String accept = ctx.request().getHeader("Accept");
        boolean page = accept != null && accept.contains("text/html");
        String body = page ? page(ctx.request(), status, messageKey, numbers, setting) : json(error, detail);
        ctx.response().setStatusCode(status).putHeader("Cache-Control", "no-store").putHeader("Connection", "close")
                .putHeader("Content-Type", page ? "text/html;charset=UTF-8" : "application/json")
                .endHandler(v -> ctx.request().connection().close()).end(body);
    }

    private String page(HttpServerRequest req, int status, String messageKey, Map<String, Long> numbers, String setting) {
        String lang = language(req);
        String other = lang.equals("de") ? "en" : "de";
        Map<String, String> t = messages.bundle(lang);
        Ctx p = new Ctx(lang, t, "", "", false, false, false, "", Pages.withParam(req.path(), req.query(), "lang", other),
                other, req.path());
        String text = messages.get(lang, messageKey + "Text");
        for (Map.Entry<String, Long> n : numbers.entrySet()) {
            text = text.replace("{" + n.getKey() + "}", p.number(n.getValue()));
        }
        return error.data("p", p).data("status", status).data("title", messages.get(lang, messageKey + "Title"))
                .data("text", text).data("detail", setting).render();
    }

    /** As RequestFilters picks it: ?lang=, the language cookie, Accept-Language, English. */
    private static String language(HttpServerRequest req) {
        String q = Messages.supported(req.getParam("lang"));
        if (q != null) return q;
        Cookie c = req.getCookie(RequestFilters.LANG_COOKIE);
        String fromCookie = c == null ? null : Messages.supported(c.getValue());
        if (fromCookie != null) return fromCookie;
        String a = Messages.fromAcceptLanguage(req.getHeader("Accept-Language"));
        return a == null ? "en" : a;
    }

    private String json(String error, String detail) {
        try {
            return mapper.writeValueAsString(mapper.createObjectNode().put("error", error).put("detail", detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The declared length, or -1 when there is none (a chunked body, measured while it is read) or it is not a number. */
    private static long declaredLength(String header) {
        if (header == null) return -1;
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
