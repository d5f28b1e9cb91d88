package org.whosaid.ingest.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.ingest.clean.TextSanitizer;
import org.whosaid.ingest.config.IngestConfig;

import org.whosaid.ingest.store.Columns;
import java.nio.ByteBuffer;
import java.nio.charset.*;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns submitted bytes into an {@link IngestRequest}, enforcing the input limits with a clear 4xx. */
@ApplicationScoped
public class InputParser {
    private static final Set<String> FIELDS = Set.of("url", "outlet", "title", "publishedAt", "language", "text", "html");

    @Inject
    IngestConfig config;

    private volatile ObjectMapper mapper;

    private ObjectMapper mapper() {
        if (mapper == null) {
            JsonFactory f = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(config.limits().maxJsonDepth())
                            .maxStringLength((int) Math.min(Integer.MAX_VALUE, config.limits().maxBatchBytes()))
                            .build())
                    .build();
            f.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            mapper = new ObjectMapper(f);
        }
        return mapper;
    }

    public void checkSize(long size, long limit) {
        if (size > limit) {
            throw new ApiException(413, "too-large", "the body is " + size + " bytes; the limit is " + limit + " bytes");
        }
    }

    /** Strict UTF-8 decoding: invalid byte sequences are refused, not replaced. */
    public String utf8(byte[] bytes) {
        return decode(bytes, StandardCharsets.UTF_8);
    }

    /** Strict decoding in the given charset. */
    public String decode(byte[] bytes, Charset cs) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String s = d.decode(in).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest(cs.equals(StandardCharsets.UTF_8) ? "invalid-utf8" : "invalid-encoding",
                    "the body is not valid " + cs.name() + " (near byte " + in.position() + ")");
        }
    }

    /** Parses a body by its media type; query parameters supply metadata for text and HTML. */
    public IngestRequest parse(byte[] body, String contentType, Map<String, String> query) {
        String mime = mime(contentType);
        String s = decode(body, charset(contentType));
        return switch (mime) {
            case "application/json" -> json(s);
            case "text/plain" -> checked(new IngestRequest(query.get("url"), query.get("outlet"), query.get("title"),
                    query.get("publishedAt"), query.get("language"), requireText(s), null, "text/plain", s));
            case "text/html", "application/xhtml+xml" -> checked(new IngestRequest(query.get("url"), query.get("outlet"),
                    query.get("title"), query.get("publishedAt"), query.get("language"), null, requireText(s), "text/html", s));
            default -> throw new ApiException(415, "unsupported-content-type", "content type \"" + (contentType == null ? "" : contentType)
                    + "\" is not accepted; send application/json, text/plain or text/html");
        };
    }

    /** The charset parameter of a content type; UTF-8 when absent. */
    public static Charset charset(String contentType) {
        if (contentType != null) {
            for (String p : contentType.split(";")) {
                String t = p.strip();
                if (t.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(t.substring(8).replace("\"", "").strip());
                    } catch (Exception e) {
                        throw new ApiException(415, "unsupported-charset", "charset \"" + t.substring(8) + "\" is not supported");
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    public static String mime(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    public IngestRequest json(String s) {
        JsonNode n;
        try {
            n = mapper().readTree(s);
        } catch (StreamConstraintsException e) {
            throw ApiException.badRequest("too-deep", "the JSON is nested deeper than " + config.limits().maxJsonDepth()
                    + " levels or a value is too long");
        } catch (Exception e) {
            String m = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
            throw ApiException.badRequest("malformed-json", "the body is not valid JSON: " + m);
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("malformed-json", "expected a JSON object {url?, outlet?, title?, publishedAt?, language?, text | html}");
        }
        for (String f : FIELDS) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull() && !v.isTextual()) {
                throw ApiException.badRequest("bad-field", "field \"" + f + "\" must be a string");
            }
        }
        String text = str(n, "text");
        String html = str(n, "html");
        String url = str(n, "url");
        if ((text == null || text.isBlank()) && (html == null || html.isBlank()) && (url == null || url.isBlank())) {
            throw ApiException.badRequest("empty-text", "the article needs text, html or a url");
        }
        return checked(new IngestRequest(url, str(n, "outlet"), str(n, "title"), str(n, "publishedAt"), str(n, "language"),
                text, html, html != null && !html.isBlank() ? "text/html" : "application/json", s));
    }

    private IngestRequest checked(IngestRequest r) {
        if (r.text() != null && TextSanitizer.longestLine(r.text()) > config.limits().maxLineChars()) {
            throw ApiException.badRequest("line-too-long", "a line of the text is longer than " + config.limits().maxLineChars()
                    + " characters (whosaid.limits.max-line-chars)");
        }
        checkLength("url", r.url(), Columns.ARTICLE_URL);
        checkWebUrl("url", r.url());
        checkLength("outlet", r.outlet(), Columns.ARTICLE_OUTLET);
        checkLength("title", r.title(), Columns.ARTICLE_TITLE);
        checkLength("publishedAt", r.publishedAt(), 200);
        String language = r.language();
        if (language != null && !language.isBlank()) {
            checkLength("language", language, Columns.ARTICLE_LANGUAGE);
            language = Languages.normalize(language).orElseThrow(() -> ApiException.badRequest("bad-language",
                    "language must be a two-letter code such as de or en (de_DE, de-AT, deu and ger are read as de)"));
            r = new IngestRequest(r.url(), r.outlet(), r.title(), r.publishedAt(), language, r.text(), r.html(),
                    r.rawType(), r.raw(), r.fallbackPublishedAt());
        }
        return r;
    }

    /** An article or feed URL: absent, or an absolute http/https URL with a host (400 naming the field otherwise). */
    static void checkWebUrl(String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        java.net.URI u;
        try {
            u = java.net.URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad-url", field + " is not a valid URL: " + e.getMessage());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.badRequest("bad-url", field + " must be an http or https URL (scheme \"" + scheme + "\" is not accepted)");
        }
        if (u.getHost() == null || u.getHost().isBlank()) {
            throw ApiException.badRequest("bad-url", UrlGuard.numericAuthority(u) ? field + ": " + UrlGuard.ambiguous(UrlGuard.authorityHost(u))
                    : field + " has no host");
        }
        if (UrlGuard.ambiguousIpv4(u.getHost())) {
            throw ApiException.badRequest("url-refused", field + ": " + UrlGuard.ambiguous(u.getHost()));
        }
    }

    /** API input longer than its column: 400 naming the field and the width. */
    static void checkLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw ApiException.badRequest("field-too-long", field + " is longer than " + max + " characters ("
                    + value.strip().length() + ")");
        }
    }

    private static String requireText(String s) {
        if (s.isBlank()) {
            throw ApiException.badRequest("empty-text", "the body is empty");
        }
        return s;
    }

    private static String str(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
