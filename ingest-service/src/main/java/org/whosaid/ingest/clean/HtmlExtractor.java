package org.whosaid.ingest.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;

/**
 * Main-text extraction from HTML: per-outlet CSS overrides when configured, otherwise Readability4J
 * (run with a timeout, falling back to {@code <article>}/{@code <main>}/{@code <body>}), plus metadata from
 * JSON-LD, OpenGraph, meta tags and {@code <time>}.
 */
public final class HtmlExtractor {

    /** Selectors for one site: body container(s) and elements removed first. */
    public record Override(String bodySelector, List<String> removeSelectors) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "readability");
        t.setDaemon(true);
        return t;
    });
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt";
    private static final String NOISE = "script, style, noscript, template, iframe, svg, form, button, nav, footer, aside, "
            + "[role=navigation], [aria-hidden=true], .cookie, .cookie-banner, #cookie-banner, .consent, .newsletter, .comments, #comments, .share, .social";

    private final Duration timeout;

    public HtmlExtractor(Duration timeout) {
        this.timeout = timeout;
    }

    public HtmlPage extract(String html, String url, Override override) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        Map<String, String> prov = new LinkedHashMap<>();
        Meta meta = metadata(doc, prov);
        List<String> captions = new ArrayList<>();
        String text;
        if (override != null && override.bodySelector() != null) {
            Document copy = doc.clone();
            for (String sel : override.removeSelectors() == null ? List.<String>of() : override.removeSelectors()) {
                copy.select(sel).remove();
            }
            Elements bodies = copy.select(override.bodySelector());
            text = bodies.isEmpty() ? null : lines(bodies, captions);
            if (text != null) {
                prov.put("text", "per-outlet override selector \"" + override.bodySelector() + "\"");
            }
        } else {
            text = null;
        }
        if (text == null) {
            text = readability(html, url, captions, override);
            if (text != null) {
                prov.put("text", "Readability4J main-text extraction");
            }
        }
        if (text == null || text.isBlank()) {
            Document copy = doc.clone();
            copy.select(NOISE).remove();
            Elements main = copy.select("article");
            if (main.isEmpty()) {
                main = copy.select("main");
            }
            if (main.isEmpty()) {
                main = new Elements(copy.body());
            }
            text = lines(main, captions);
            prov.put("text", "fallback: block elements of <article>/<main>/<body>");
        }
        // The headline repeated inside the extracted content is not body text.
        if (meta.title != null) {
            List<String> kept = new ArrayList<>();
            for (String l : text.split("\n")) {
                if (!l.strip().equals(meta.title.strip())) {
                    kept.add(l);
                }
            }
            text = String.join("\n", kept);
        }
        return new HtmlPage(text, captions, meta.title, meta.siteName, meta.published, meta.description, meta.author,
                meta.language, meta.canonical, prov);
    }

    private String readability(String html, String url, List<String> captions, Override override) {
        Future<Element> f = POOL.submit(() -> {
            Document pre = Jsoup.parse(html, url == null ? "" : url);
            if (override != null && override.removeSelectors() != null) {
                override.removeSelectors().forEach(s -> pre.select(s).remove());
            }
            pre.select("script, style, noscript, template").remove();
            Article a = new Readability4JExtended(url == null ? "http://localhost/" : url, pre).parse();
            return a.getArticleContent();
        });
        try {
            Element content = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (content == null) {
                return null;
            }
            return lines(new Elements(content), captions);
        } catch (TimeoutException e) {
            f.cancel(true);
            return null;
        } catch (ExecutionException | InterruptedException e) {
            return null;
        } catch (StackOverflowError e) {
            return null;
        }
    }

    /** One line per innermost block element; figcaptions go to {@code captions}. */
    static String lines(Elements roots, List<String> captions) {
        List<String> out = new ArrayList<>();
        for (Element root : roots) {
            for (Element fc : root.select("figcaption")) {
                String t = fc.text().strip();
                if (!t.isEmpty()) {
                    captions.add(t);
                }
            }
            Elements blocks = root.select(BLOCKS);
            if (blocks.isEmpty()) {
                for (String l : root.wholeText().split("\n")) {
                    if (!l.isBlank()) {
                        out.add(l.strip());
                    }
                }
                continue;
            }
            // An enclosing block is skipped: its inner blocks are taken. Marked by walking up from each block
            // (linear in blocks x depth; jsoup bounds the tree depth).
            Set<Element> blockSet = Collections.newSetFromMap(new IdentityHashMap<>());
            blockSet.addAll(blocks);
            Set<Element> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element b : blocks) {
                for (Element p = b.parent(); p != null && p != root.parent(); p = p.parent()) {
                    if (blockSet.contains(p) && !enclosing.add(p)) {
                        break;
                    }
                }
            }
            for (Element b : blocks) {
                if (enclosing.contains(b)) {
                    continue;
                }
                if (b.closest("figcaption") != null || b.closest("figure") != null && !b.tagName().equals("p")) {
                    continue;
                }
                String t = b.text().strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return String.join("\n", out);
    }

    private record Meta(String title, String siteName, String published, String description, String author,
                        String language, String canonical) {
    }

    /** Title, outlet, date, description, author from JSON-LD first, then the page's own tags; language, canonical URL. */
    private static Meta metadata(Document doc, Map<String, String> prov) {
        JsonLd ld = jsonLd(doc, prov);
        String title = ld.title != null ? ld.title : pageTitle(doc, prov);
        String site = ld.site != null ? ld.site : openGraphSite(doc, prov);
        String published = ld.published != null ? ld.published : pagePublished(doc, prov);
        String description = ld.description != null ? ld.description : metaDescription(doc);
        String author = ld.author != null ? ld.author : attr(doc, "meta[name=author]", "content");
        String lang = language(doc);
        String canonical = attr(doc, "link[rel=canonical]", "href");
        return new Meta(title, site, published, description, author, lang, canonical);
    }

    /** What the JSON-LD article nodes say; each field from the first node that has it, null when none has. */
    private static final class JsonLd {
        String title, site, published, description, author;

        /** Fills the empty fields from one article node: headline, datePublished, publisher.name, description, author. */
        void take(JsonNode n, Map<String, String> prov) {
            if (title == null && n.hasNonNull("headline")) {
                title = n.get("headline").asText();
                prov.put("title", "JSON-LD headline");
            }
            if (published == null && n.hasNonNull("datePublished")) {
                published = n.get("datePublished").asText();
                prov.put("publishedAt", "JSON-LD datePublished");
            }
            if (site == null && n.path("publisher").hasNonNull("name")) {
                site = n.path("publisher").get("name").asText();
                prov.put("outlet", "JSON-LD publisher.name");
            }
            if (description == null && n.hasNonNull("description")) {
                description = n.get("description").asText();
            }
            JsonNode a = n.path("author");
            if (author == null && !a.isMissingNode()) {
                JsonNode first = a.isArray() && a.size() > 0 ? a.get(0) : a;
                author = first.isTextual() ? first.asText() : first.path("name").asText(null);
            }
        }
    }

    /** Reads every {@code <script type="application/ld+json">} block in order; an unreadable block is noted and skipped. */
    private static JsonLd jsonLd(Document doc, Map<String, String> prov) {
        JsonLd ld = new JsonLd();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(s.data());
                for (JsonNode n : articleNodes(root)) {
                    ld.take(n, prov);
                }
            } catch (Exception e) {
                prov.put("json-ld", "unreadable JSON-LD block ignored");
            }
        }
        return ld;
    }

    /** The title without JSON-LD: og:title, else a non-blank first {@code <h1>}, else a non-blank {@code <title>}. */
    private static String pageTitle(Document doc, Map<String, String> prov) {
        String title = attr(doc, "meta[property=og:title]", "content");
        if (title != null) {
            prov.put("title", "OpenGraph og:title");
            return title;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            prov.put("title", "<h1>");
            return h1.text();
        }
        if (!doc.title().isBlank()) {
            prov.put("title", "<title>");
            return doc.title();
        }
        return null;
    }

    /** The outlet without JSON-LD: og:site_name, or null. */
    private static String openGraphSite(Document doc, Map<String, String> prov) {
        String site = attr(doc, "meta[property=og:site_name]", "content");
        if (site != null) {
            prov.put("outlet", "OpenGraph og:site_name");
        }
        return site;
    }

    /** The date without JSON-LD: the first date meta tag (article:published_time, …), else {@code <time datetime>}. */
    private static String pagePublished(Document doc, Map<String, String> prov) {
        for (String sel : List.of("meta[property=article:published_time]", "meta[name=date]", "meta[name=pubdate]",
                "meta[name=publishdate]", "meta[name=DC.date.issued]", "meta[itemprop=datePublished]")) {
            String published = attr(doc, sel, "content");
            if (published != null) {
                prov.put("publishedAt", "meta " + sel);
                return published;
            }
        }
        String published = attr(doc, "time[datetime]", "datetime");
        if (published != null) {
            prov.put("publishedAt", "<time datetime>");
        }
        return published;
    }

    /** The description without JSON-LD: og:description, else meta description; or null. */
    private static String metaDescription(Document doc) {
        String description = attr(doc, "meta[property=og:description]", "content");
        if (description == null) {
            description = attr(doc, "meta[name=description]", "content");
        }
        return description;
    }

    /** The {@code <html lang>} value ("de"), null when missing or blank. */
    private static String language(Document doc) {
        String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        if (lang != null && lang.isBlank()) {
            lang = null;
        }
        return lang;
    }

    private static List<JsonNode> articleNodes(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        int guard = 0;
        while (!todo.isEmpty() && guard++ < 1000) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                String type = n.path("@type").toString();
                if (type.contains("Article") || type.contains("Report") || type.contains("BlogPosting")) {
                    out.add(n);
                }
                if (n.has("@graph")) {
                    todo.add(n.get("@graph"));
                }
            }
        }
        return out;
    }

    private static String attr(Document doc, String sel, String attr) {
        Element e = doc.selectFirst(sel);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
