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
        String url = blankToNull(in.url());
        String text = in.text();
        String html = in.html();
        String rawType = in.rawType();
        String raw = in.raw();
        Map<String, String> prov = new LinkedHashMap<>();
        if (isBlank(text) && isBlank(html)) {
            if (url == null) {
                throw ApiException.badRequest("empty-text", "the article has no text, no html and no url");
            }
            PageFetcher.Fetched f = fetcher.fetch(url, PageFetcher.PAGE_TYPES);
            prov.put("fetched", f.finalUrl() + " (" + f.contentType() + ") at " + now.toInstant());
            if (f.contentType().equals("text/plain")) {
                text = f.body();
            } else {
                html = f.body();
            }
            rawType = f.contentType();
            raw = f.body();
            url = f.finalUrl().equals(url) ? url : url;
        }
        HtmlPage page = null;
        List<String> extraCaptions = new ArrayList<>();
        if (!isBlank(html)) {
            HtmlExtractor.Override ov = override(url);
            page = new HtmlExtractor(config.html().readabilityTimeout()).extract(html, url, ov);
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

        // title
        String title;
        if (!isBlank(in.title())) {
            title = in.title().strip();
            prov.put("title", "as given");
        } else if (page != null && page.title() != null) {
            String[] split = splitTitle(page.title(), page.siteName());
            title = split[0];
            prov.put("title", prov.getOrDefault("html.title", "html") + (split[1] != null ? ", site name \"" + split[1] + "\" removed" : ""));
        } else {
            title = c.title();
            if (title != null) {
                prov.put("title", c.provenance().get("title"));
            }
        }
        // lead
        String lead = c.lead();
        if (page != null && page.description() != null && lead == null) {
            lead = page.description();
            prov.put("lead", "html description");
        } else if (lead != null) {
            prov.put("lead", c.provenance().get("lead"));
        }

        // outlet
        String outlet = null;
        OutletRegistry.Entry entry = null;
        if (!isBlank(in.outlet())) {
            entry = outlets.byName(in.outlet()).orElse(null);
            outlet = entry != null ? entry.name() : in.outlet().strip();
            prov.put("outlet", "as given" + (entry != null && !entry.name().equals(in.outlet().strip()) ? " (\"" + in.outlet().strip() + "\" is an alias)" : ""));
        }
        if (outlet == null && url != null) {
            entry = outlets.byUrl(url).orElse(null);
            if (entry != null) {
                outlet = entry.name();
                prov.put("outlet", "URL site " + OutletRegistry.host(url) + " (registry)");
            }
        }
        if (outlet == null && page != null && page.siteName() != null) {
            entry = outlets.byName(page.siteName()).orElse(null);
            outlet = entry != null ? entry.name() : page.siteName();
            prov.put("outlet", prov.getOrDefault("html.outlet", "html site name"));
        }
        if (outlet == null && c.creditOutlet() != null) {
            entry = outlets.byName(c.creditOutlet()).orElse(null);
            outlet = entry != null ? entry.name() : c.creditOutlet();
            prov.put("outlet", c.provenance().getOrDefault("outlet-candidate", "credit line")
                    + (entry != null && !entry.name().equals(c.creditOutlet()) ? ", alias \"" + c.creditOutlet() + "\"" : ""));
        }
        if (outlet == null && c.leadingAgency() != null) {
            entry = outlets.byName(c.leadingAgency()).orElse(null);
            outlet = entry != null ? entry.name() : c.leadingAgency();
            prov.put("outlet", "leading agency line");
        }
        if (outlet == null && url != null) {
            outlet = OutletRegistry.host(url);
            if (outlet != null) {
                prov.put("outlet", "URL site (not in the registry)");
            }
        }

        // language
        String language;
        if (!isBlank(in.language())) {
            language = in.language().strip().toLowerCase(Locale.ROOT);
            prov.put("language", "as given");
        } else if (page != null && page.language() != null && Languages.normalize(page.language()).isPresent()) {
            language = Languages.normalize(page.language()).get();
            prov.put("language", "html lang attribute");
        } else {
            language = LanguageDetector.detect(body);
            prov.put("language", language == null ? "not detected" : "detected from function words");
        }

        // zone: outlet's zone, else the default zone for German, else UTC
        ZoneId zone;
        if (entry != null && entry.zone() != null) {
            zone = ZoneId.of(entry.zone());
        } else if ("de".equals(language) || language == null) {
            zone = defaultZone;
        } else {
            zone = ZoneId.of("UTC");
        }

        // publishedAt
        String publishedAt = null;
        if (!isBlank(in.publishedAt())) {
            Optional<ZonedDateTime> p = DateFinder.parseMachine(in.publishedAt(), zone);
            if (p.isEmpty()) {
                p = DateFinder.find(in.publishedAt(), zone, now).map(DateFinder.Found::value);
            }
            if (p.isEmpty()) {
                throw ApiException.badRequest("bad-published-at", "publishedAt \"" + in.publishedAt() + "\" is not a date (use ISO-8601)");
            }
            publishedAt = iso(p.get());
            prov.put("publishedAt", "as given");
        }
        if (publishedAt == null && page != null && page.published() != null) {
            Optional<ZonedDateTime> p = DateFinder.parseMachine(page.published(), zone);
            if (p.isPresent()) {
                publishedAt = iso(p.get());
                prov.put("publishedAt", prov.getOrDefault("html.publishedAt", "html metadata"));
            }
        }
        if (publishedAt == null && c.dateLine() != null) {
            Optional<DateFinder.Found> f = DateFinder.find(c.dateLine(), zone, now);
            if (f.isPresent()) {
                publishedAt = iso(f.get().value());
                boolean relative = f.get().rule().startsWith("relative");
                prov.put("publishedAt", "date line \"" + c.dateLine() + "\" (" + f.get().rule() + ", zone " + zone
                        + (relative ? ", relative to ingest time " + iso(now.withZoneSameInstant(zone)) : "")
                        + (f.get().hasTime() ? "" : ", no time of day given") + ")");
            }
        }
        if (publishedAt == null && !isBlank(in.fallbackPublishedAt())) {
            Optional<ZonedDateTime> p = DateFinder.parseMachine(in.fallbackPublishedAt(), zone);
            if (p.isPresent()) {
                publishedAt = iso(p.get());
                prov.put("publishedAt", "feed entry date (the page states none)");
            }
        }
        if (publishedAt == null) {
            prov.put("publishedAt", "no date stated (null)");
        }

        // agencies and authors
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
        outlet = fitted("outlet", TextSanitizer.sanitizeLine(outlet), Columns.ARTICLE_OUTLET, prov);
        lead = lead == null ? null : TextSanitizer.sanitize(lead).strip();
        agencies = agencies.stream().map(TextSanitizer::sanitizeLine).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        authors = authors.stream().map(TextSanitizer::sanitizeLine).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        return new Extracted(url, outlet, title, TextSanitizer.sanitizeLine(c.kicker()), lead, publishedAt, language,
                fittedList("agencies", agencies, Columns.ARTICLE_AGENCIES, prov),
                fittedList("authors", authors, Columns.ARTICLE_AUTHORS, prov), body, sections, prov, rawType, raw);
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
