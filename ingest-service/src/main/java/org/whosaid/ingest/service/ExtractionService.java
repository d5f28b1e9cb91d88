package org.whosaid.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.ingest.clean.*;
import org.whosaid.ingest.config.IngestConfig;

import org.whosaid.ingest.store.Columns;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.*;

/**
 * Turns one submitted input into a clean body, sections and metadata, recording how each field was found.
 * Order of trust: a value given by the client, then the page's own metadata (URL, HTML), then what the text says.
 */
@ApplicationScoped
public class ExtractionService {

    @Inject
    IngestConfig config;
    @Inject
    OutletRegistry outlets;
    @Inject
    PageFetcher fetcher;

    private final PasteCleaner cleaner = new PasteCleaner();

    public Extracted extract(IngestRequest in, ZonedDateTime now) {
        Map<String, String> prov = new LinkedHashMap<>();
        Source src = source(in, now, prov);
        HtmlPage page = null;
        List<String> extraCaptions = new ArrayList<>();
        String text = src.text();
        if (!isBlank(src.html())) {
            page = new HtmlExtractor(config.html().readabilityTimeout()).extract(src.html(), src.url(), override(src.url()));
            text = page.text();
            extraCaptions.addAll(page.captions());
            page.provenance().forEach((k, v) -> prov.put("html." + k, v));
        }
        ZoneId defaultZone = ZoneId.of(config.clean().defaultZone());
        CleanResult c = cleaner.clean(text == null ? "" : text, defaultZone, now);
        String body = c.body();
        if (body.isBlank()) {
            throw ApiException.badRequest("empty-text", "no article text is left after removing page furniture");
        }
        List<Section> sections = new ArrayList<>(c.sections());
        if (!extraCaptions.isEmpty()) {
            sections.add(new Section("captions", String.join("\n", extraCaptions), "html <figcaption>"));
        }
        String title = title(in, page, c, prov);
        String lead = lead(page, c, prov);
        OutletFound outlet = outlet(in, src.url(), page, c, prov);
        String language = language(in, page, body, prov);
        ZoneId zone = zone(outlet.entry(), language, defaultZone);
        String publishedAt = publishedAt(in, page, c, zone, now, prov);
        LinkedHashSet<String> agencies = agencies(c, outlet.entry(), prov);
        LinkedHashSet<String> authors = new LinkedHashSet<>(c.authors());
        if (page != null && page.author() != null) {
            authors.add(page.author());
        }
        if (c.kicker() != null) {
            prov.put("kicker", c.kicker());
        }
        // metadata found in the page (or a feed) is trimmed to its column; API input was checked by InputParser
        // every stored text field is cleaned as the body is (controls, bidi overrides, zero-width characters)
        title = fitted("title", TextSanitizer.sanitizeLine(title), Columns.ARTICLE_TITLE, prov);
        String outletName = fitted("outlet", TextSanitizer.sanitizeLine(outlet.name()), Columns.ARTICLE_OUTLET, prov);
        lead = lead == null ? null : TextSanitizer.sanitize(lead).strip();
        agencies = agencies.stream().map(TextSanitizer::sanitizeLine).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        authors = authors.stream().map(TextSanitizer::sanitizeLine).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        return new Extracted(src.url(), outletName, title, TextSanitizer.sanitizeLine(c.kicker()), lead, publishedAt, language,
                fittedList("agencies", agencies, Columns.ARTICLE_AGENCIES, prov),
                fittedList("authors", authors, Columns.ARTICLE_AUTHORS, prov), body, sections, prov, src.rawType(), src.raw());
    }

    /** What was submitted, or the page fetched from its URL when neither text nor html came with it. */
    private record Source(String url, String text, String html, String rawType, String raw) {
    }

    private Source source(IngestRequest in, ZonedDateTime now, Map<String, String> prov) {
        String url = blankToNull(in.url());
        if (!isBlank(in.text()) || !isBlank(in.html())) return new Source(url, in.text(), in.html(), in.rawType(), in.raw());
        if (url == null) {
            throw ApiException.badRequest("empty-text", "the article has no text, no html and no url");
        }
        PageFetcher.Fetched f = fetcher.fetch(url, PageFetcher.PAGE_TYPES);
        prov.put("fetched", f.finalUrl() + " (" + f.contentType() + ") at " + now.toInstant());
        boolean plain = f.contentType().equals("text/plain");
        return new Source(url, plain ? f.body() : in.text(), plain ? in.html() : f.body(), f.contentType(), f.body());
    }

    /** Given, else the page's title without the site name, else the cleaner's title line. */
    private static String title(IngestRequest in, HtmlPage page, CleanResult c, Map<String, String> prov) {
        if (!isBlank(in.title())) {
            prov.put("title", "as given");
            return in.title().strip();
        }
        if (page != null && page.title() != null) {
            String[] split = splitTitle(page.title(), page.siteName());
            prov.put("title", prov.getOrDefault("html.title", "html") + (split[1] != null ? ", site name \"" + split[1] + "\" removed" : ""));
            return split[0];
        }
        if (c.title() != null) {
            prov.put("title", c.provenance().get("title"));
        }
        return c.title();
    }

    private static String lead(HtmlPage page, CleanResult c, Map<String, String> prov) {
        String lead = c.lead();
        if (page != null && page.description() != null && lead == null) {
            prov.put("lead", "html description");
            return page.description();
        }
        if (lead != null) {
            prov.put("lead", c.provenance().get("lead"));
        }
        return lead;
    }

    /** The outlet's name and its registry entry (null when the registry does not know it). */
    private record OutletFound(String name, OutletRegistry.Entry entry) {
    }

    /** Given, else the URL's site in the registry, else the page's site name, a credit line, a leading agency, the host. */
    private OutletFound outlet(IngestRequest in, String url, HtmlPage page, CleanResult c, Map<String, String> prov) {
        if (!isBlank(in.outlet())) {
            OutletRegistry.Entry entry = outlets.byName(in.outlet()).orElse(null);
            prov.put("outlet", "as given" + (entry != null && !entry.name().equals(in.outlet().strip()) ? " (\"" + in.outlet().strip() + "\" is an alias)" : ""));
            return new OutletFound(entry != null ? entry.name() : in.outlet().strip(), entry);
        }
        if (url != null) {
            OutletRegistry.Entry entry = outlets.byUrl(url).orElse(null);
            if (entry != null) {
                prov.put("outlet", "URL site " + OutletRegistry.host(url) + " (registry)");
                return new OutletFound(entry.name(), entry);
            }
        }
        if (page != null && page.siteName() != null) {
            OutletRegistry.Entry entry = outlets.byName(page.siteName()).orElse(null);
            prov.put("outlet", prov.getOrDefault("html.outlet", "html site name"));
            return new OutletFound(entry != null ? entry.name() : page.siteName(), entry);
        }
        if (c.creditOutlet() != null) {
            OutletRegistry.Entry entry = outlets.byName(c.creditOutlet()).orElse(null);
            prov.put("outlet", c.provenance().getOrDefault("outlet-candidate", "credit line")
                    + (entry != null && !entry.name().equals(c.creditOutlet()) ? ", alias \"" + c.creditOutlet() + "\"" : ""));
            return new OutletFound(entry != null ? entry.name() : c.creditOutlet(), entry);
        }
        if (c.leadingAgency() != null) {
            OutletRegistry.Entry entry = outlets.byName(c.leadingAgency()).orElse(null);
            prov.put("outlet", "leading agency line");
            return new OutletFound(entry != null ? entry.name() : c.leadingAgency(), entry);
        }
        String host = url == null ? null : OutletRegistry.host(url);
        if (host != null) {
            prov.put("outlet", "URL site (not in the registry)");
        }
        return new OutletFound(host, null);
    }

    private static String language(IngestRequest in, HtmlPage page, String body, Map<String, String> prov) {
        if (!isBlank(in.language())) {
            prov.put("language", "as given");
            return in.language().strip().toLowerCase(Locale.ROOT);
        }
        if (page != null && page.language() != null && Languages.normalize(page.language()).isPresent()) {
            prov.put("language", "html lang attribute");
            return Languages.normalize(page.language()).get();
        }
        String language = LanguageDetector.detect(body);
        prov.put("language", language == null ? "not detected" : "detected from function words");
        return language;
    }

    /** The outlet's zone, else the default zone for German (or an unknown language), else UTC. */
    private static ZoneId zone(OutletRegistry.Entry entry, String language, ZoneId defaultZone) {
        if (entry != null && entry.zone() != null) return ZoneId.of(entry.zone());
        if ("de".equals(language) || language == null) return defaultZone;
        return ZoneId.of("UTC");
    }

    /** Given, else the page's metadata, else the date line (relative forms against the ingest time), else the feed's date. */
    private static String publishedAt(IngestRequest in, HtmlPage page, CleanResult c, ZoneId zone, ZonedDateTime now,
                                      Map<String, String> prov) {
        if (!isBlank(in.publishedAt())) {
            Optional<ZonedDateTime> p = DateFinder.parseMachine(in.publishedAt(), zone);
            if (p.isEmpty()) {
                p = DateFinder.find(in.publishedAt(), zone, now).map(DateFinder.Found::value);
            }
            if (p.isEmpty()) {
                throw ApiException.badRequest("bad-published-at", "publishedAt \"" + in.publishedAt() + "\" is not a date (use ISO-8601)");
            }
            prov.put("publishedAt", "as given");
            return iso(p.get());
        }
        if (page != null && page.published() != null) {
            Optional<ZonedDateTime> p = DateFinder.parseMachine(page.published(), zone);
            if (p.isPresent()) {
                prov.put("publishedAt", prov.getOrDefault("html.publishedAt", "html metadata"));
                return iso(p.get());
            }
        }
        if (c.dateLine() != null) {
            // a relative date line ("Heute, 19:11") is read against the article's own date when the feed gives one,
            // else against the ingest time, and never lands after it
            Optional<ZonedDateTime> feed = isBlank(in.fallbackPublishedAt()) ? Optional.empty()
                    : DateFinder.parseMachine(in.fallbackPublishedAt(), zone).filter(d -> !d.isAfter(now));
            ZonedDateTime reference = feed.orElse(now);
            Optional<DateFinder.Found> f = DateFinder.find(c.dateLine(), zone, reference);
            if (f.isPresent()) {
                boolean relative = f.get().rule().startsWith("relative");
                prov.put("publishedAt", "date line \"" + c.dateLine() + "\" (" + f.get().rule() + ", zone " + zone
                        + (relative ? ", inferred: relative to " + (feed.isPresent() ? "the feed entry's date " : "ingest time ")
                        + iso(reference.withZoneSameInstant(zone)) : "")
                        + (f.get().hasTime() ? "" : ", no time of day given") + ")");
                return iso(f.get().value());
            }
        }
        if (!isBlank(in.fallbackPublishedAt())) {
            Optional<ZonedDateTime> p = DateFinder.parseMachine(in.fallbackPublishedAt(), zone);
            if (p.isPresent()) {
                prov.put("publishedAt", "feed entry date (the page states none)");
                return iso(p.get());
            }
        }
        prov.put("publishedAt", "no date stated (null)");
        return null;
    }

    /** Agencies from credit lines, with where each was read, plus the outlet itself when it is an agency. */
    private static LinkedHashSet<String> agencies(CleanResult c, OutletRegistry.Entry entry, Map<String, String> prov) {
        LinkedHashSet<String> agencies = new LinkedHashSet<>(c.agencies());
        c.provenance().forEach((k, v) -> {
            if (k.startsWith("agencies:")) {
                prov.put(k, v);
            }
        });
        for (Section s : c.sections()) {
            if (s.kind().equals("credits")) {
                for (String a : c.agencies()) {
                    prov.putIfAbsent("agencies:" + a, "credit line \"" + s.text().split("\n")[0] + "\"");
                }
            }
        }
        if (entry != null && entry.agency()) {
            agencies.add(entry.name());
        }
        return agencies;
    }

    private static String fitted(String field, String value, int width, Map<String, String> prov) {
        String v = Columns.fit(value, width);
        if (v != null && value.strip().length() > width) {
            prov.put(field, prov.getOrDefault(field, "") + " (cut to " + width + " characters)");
        }
        return v;
    }

    /** Names joined with "|" into a column of {@code width}: each cut to fit, those that no longer fit are left out. */
    private static List<String> fittedList(String field, java.util.Collection<String> names, int width, Map<String, String> prov) {
        List<String> out = new ArrayList<>();
        int used = 0;
        int dropped = 0;
        for (String n : names) {
            String v = Columns.fit(n == null ? null : n.replace("|", "/"), Math.min(200, width));
            if (v == null || v.isEmpty()) {
                continue;
            }
            int need = v.length() + (out.isEmpty() ? 0 : 1);
            if (used + need > width) {
                dropped++;
                continue;
            }
            out.add(v);
            used += need;
        }
        if (dropped > 0) {
            prov.put(field, dropped + " left out to fit " + width + " characters");
        }
        return out;
    }

    /** "Headline | Site" or "Headline - Site" → [headline, site] when the suffix is the site's name. */
    static String[] splitTitle(String title, String site) {
        for (String sep : new String[]{" | ", " - ", " – ", " — ", " :: "}) {
            int i = title.lastIndexOf(sep);
            if (i > 0) {
                String suffix = title.substring(i + sep.length()).strip();
                if (site != null && suffix.equalsIgnoreCase(site.strip()) || suffix.split(" ").length <= 3 && suffix.matches(".*\\.(de|com|org|net|at|ch|uk)$")) {
                    return new String[]{title.substring(0, i).strip(), suffix};
                }
            }
        }
        return new String[]{title.strip(), null};
    }

    private HtmlExtractor.Override override(String url) {
        String host = OutletRegistry.host(url);
        if (host == null) {
            return null;
        }
        for (var e : config.html().overrides().entrySet()) {
            String d = e.getKey().replace("\"", "").toLowerCase(Locale.ROOT);
            if (host.equals(d) || host.endsWith("." + d)) {
                return new HtmlExtractor.Override(e.getValue().body().orElse(null), e.getValue().remove().orElse(List.of()));
            }
        }
        return null;
    }

    static String iso(ZonedDateTime z) {
        return z.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
