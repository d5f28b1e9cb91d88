package org.whosaid.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.APIResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.whosaid.web.system.Services;
import org.whosaid.web.system.SystemResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main journeys in Debian's Chromium (Playwright for Java), against the real services: import articles through the
 * ingest page → dashboard → a cluster page with renderings side by side, differences and shared words marked → a review decision
 * that persists after reload → ClaimReview JSON-LD; search with filters; an article holding {@code <script>} rendered
 * inert; merging two clusters; watches, also in German; the stories, speakers and failed hand-offs pages.
 * Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("whosaid.chromium", "/usr/bin/chromium"));
    static final Path SHOTS = Path.of("target/screenshots");
    static final ObjectMapper M = new ObjectMapper();

    /** The packaged web-ui of {@link SystemResource}. */
    String base;

    Playwright playwright;
    Browser browser;
    Page page;
    final List<String> dialogs = new CopyOnWriteArrayList<>();
    final List<Long> imported = new ArrayList<>();
    String clusterId;

    @BeforeAll
    void browser() throws Exception {
        Assumptions.assumeTrue(SystemResource.sut() != null, "services not built: skipped");
        base = SystemResource.sut().webUrl();
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (apt-get install chromium): skipped");
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-quic")));
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800).setLocale("en-GB")).newPage();
        page.onDialog(d -> { dialogs.add(d.message()); d.dismiss(); });
    }

    @AfterAll
    void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    String url(String path) {
        return base + path;
    }

    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    @Order(1)
    void importArticlesThroughTheIngestPage() throws Exception {
        page.navigate(url("/login?next=/ingest"));
        page.fill("#username", "admin");
        page.fill("#password", SystemResource.ADMIN_PASSWORD);
        page.click("form.login-form button[type=submit]");
        page.waitForURL("**/ingest");
        Path dir = Path.of("src/test/resources/fixtures");
        page.setInputFiles("#u-file", new Path[]{dir.resolve("01-kuestenbote.json"), dir.resolve("02-marschblatt.json"),
                dir.resolve("03-harbour-post.json"), dir.resolve("04-script.json")});
        page.click("form[action='/ingest/upload'] button[type=submit]");
        page.waitForSelector("#h-results");
        for (String href : page.locator(".results-box td a[href^='/articles/']").all().stream().map(l -> l.getAttribute("href")).toList()) {
            imported.add(Long.parseLong(href.substring("/articles/".length())));
        }
        shot("01-ingest-results");
        assertEquals(4, imported.size(), "four files accepted: " + page.locator(".results-box").textContent());
        Services services = new Services(SystemResource.sut());
        assertTrue(services.awaitAnalysed(imported, Duration.ofSeconds(120)).isEmpty(), "all analysed");
    }

    @Test
    @Order(2)
    void dashboardThenClusterSideBySideWithDifferences() throws Exception {
        page.navigate(url("/"));
        assertTrue(page.locator("h1").textContent().contains("Dashboard"));
        assertTrue(page.locator("main").textContent().contains("Deich"), "recent articles listed");
        shot("02-dashboard");
        // the cluster that holds renderings from at least two outlets
        Services services = new Services(SystemResource.sut());
        JsonNode clusters = services.analysisGet("/api/clusters?size=200");
        for (JsonNode c : clusters.path("items")) {
            if (c.path("outletCount").asInt() >= 2 && c.path("statements").toString().contains("Deich")) {
                clusterId = c.path("id").asText();
                break;
            }
        }
        assertNotNull(clusterId, "the engine put the Lünsen dike quote of two outlets into one cluster: " + clusters);
        page.navigate(url("/clusters/" + clusterId));
        assertTrue(page.locator(".rendering").count() >= 2, "renderings side by side");
        assertTrue(page.locator(".rendering.reference").count() == 1, "one reference");
        assertTrue(page.locator(".rendering ins, .rendering del").count() > 0, "differences marked");
        assertTrue(page.locator(".legend ins").count() == 1 && page.locator(".legend del").count() == 1, "legend");
        // side by side: the first two renderings start at the same height
        double y1 = page.locator(".rendering").nth(0).boundingBox().y;
        double y2 = page.locator(".rendering").nth(1).boundingBox().y;
        assertEquals(y1, y2, 1.0, "side by side");
        shot("03-cluster");
        // many renderings wrap onto the next row instead of scrolling sideways (300 px each in a 500 px window)
        page.setViewportSize(500, 800);
        assertTrue((Boolean) page.locator(".renderings").evaluate("e => e.scrollWidth <= e.clientWidth + 1"),
                "renderings wrap, no sideways scrolling");
        assertTrue(page.locator(".rendering").nth(1).boundingBox().y > page.locator(".rendering").nth(0).boundingBox().y,
                "the second rendering goes below the first in a narrow window");
        page.setViewportSize(1366, 800);
        // how it spread: a server-side SVG timeline and the same as a list, one entry per rendering, no script needed
        assertEquals(1, page.locator("#spread figure.spread svg").count(), "the spread timeline is drawn");
        assertEquals(page.locator(".rendering").count(), page.locator("#spread .spread-list li").count(),
                "one timeline entry per rendering: " + page.locator("#spread").textContent());
        // the words a rendering shares with the reference are marked in its text (not only in the legend)
        assertTrue(page.locator(".renderings .rendering mark.shared").count() >= 1,
                "shared words marked: " + page.locator(".renderings").innerHTML());
        page.locator("section[aria-labelledby='h-renderings']")
                .screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("13-cluster-shared-words.png")));
    }

    @Test
    @Order(3)
    void reviewDecisionPersistsAfterReload() {
        Assumptions.assumeTrue(clusterId != null, "no cluster");
        page.navigate(url("/clusters/" + clusterId));
        page.selectOption("#status", "misquoted");
        page.fill("#note", "Juni statt Mai: ein Medium nennt einen anderen Monat.");
        page.click(".review-form button[type=submit]");
        page.waitForLoadState();
        page.reload();
        assertEquals("misquoted", page.locator("#status").inputValue(), "status kept");
        assertTrue(page.locator("#current-status").textContent().contains("misquoted"));
        assertTrue(page.locator("#audit").textContent().contains("admin"), "audit trail names the reviewer");
        shot("04-cluster-reviewed");
    }

    @Test
    @Order(4)
    void claimReviewIsValidJsonLd() throws Exception {
        Assumptions.assumeTrue(clusterId != null, "no cluster");
        page.navigate(url("/clusters/" + clusterId));
        String href = page.locator("a[href$='claimreview.jsonld']").getAttribute("href");
        APIResponse r = page.request().get(url(href));
        assertEquals(200, r.status());
        assertTrue(r.headers().get("content-type").startsWith("application/ld+json"));
        JsonNode n = M.readTree(r.text());
        assertEquals("https://schema.org", n.path("@context").asText());
        assertEquals("ClaimReview", n.path("@type").asText());
        assertFalse(n.path("claimReviewed").asText().isBlank());
        assertEquals("Claim", n.path("itemReviewed").path("@type").asText());
        assertTrue(n.path("itemReviewed").path("author").path("name").asText().contains("Vogt"));
        assertTrue(n.path("itemReviewed").path("appearance").size() >= 2);
        assertTrue(n.path("url").asText().endsWith("/clusters/" + clusterId));
        assertFalse(n.path("datePublished").asText().isBlank());
        assertEquals(2, n.path("reviewRating").path("ratingValue").asInt(), "misquoted → rating 2 of 5");
    }

    @Test
    @Order(5)
    void searchWithFilters() {
        page.navigate(url("/search"));
        page.fill("#q", "Deich");
        page.fill("#outlet", "Marschblatt");
        page.click(".search-form button[type=submit]");
        page.waitForSelector("#h-results");
        assertTrue(page.url().contains("q=Deich") && page.url().contains("outlet=Marschblatt"), "shareable URL " + page.url());
        List<String> rows = page.locator("ol.results li").allTextContents();
        assertFalse(rows.isEmpty(), "results");
        assertTrue(rows.stream().allMatch(t -> t.contains("Marschblatt")), "outlet filter applied: " + rows);
        shot("05-search");
        page.navigate(page.url()); // the shared URL shows the same
        assertEquals(rows.size(), page.locator("ol.results li").count());
        // oldest first (who had it first), chosen in the form and kept in the URL
        page.navigate(url("/search?q=Deich"));
        page.selectOption("#sort", "oldest");
        page.click(".search-form button[type=submit]");
        page.waitForSelector("#h-results");
        assertTrue(page.url().contains("sort=oldest"), page.url());
        List<java.time.OffsetDateTime> times = page.locator("ol.results li time").all().stream()
                .map(t -> java.time.OffsetDateTime.parse(t.getAttribute("datetime"))).toList();
        assertTrue(times.size() >= 2, "dated results: " + times);
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isBefore(times.get(i - 1)), "oldest first: " + times);
        }
    }

    @Test
    @Order(7)
    void mergeOfTwoClustersPersistsAfterReload() throws Exception {
        Assumptions.assumeTrue(imported.size() == 4, "import failed");
        Services services = new Services(SystemResource.sut());
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode c : services.analysisGet("/api/clusters?size=200").path("items")) {
            if (!c.path("id").asText().equals(clusterId)) others.add(c);
        }
        assertTrue(others.size() >= 2, "two more clusters to merge: " + others.size());
        String from = others.get(0).path("id").asText();
        String into = others.get(1).path("id").asText();
        String movedQuote = others.get(0).path("statements").get(0).path("quote").path("text").asText();
        // the other statement is chosen from a list naming speaker and quote (found by its words when not listed yet)
        page.navigate(url("/clusters/" + from));
        if (page.locator("#merge-target option[value='" + into + "']").count() == 0) {
            JsonNode target = others.get(1);
            String speaker = target.path("speaker").path("name").asText("");
            String words = !speaker.isBlank() ? speaker
                    : String.join(" ", List.of(target.path("statements").get(0).path("quote").path("text").asText().split("\\s+")).subList(0, 2));
            page.fill("#find", words);
            page.click(".find-form button[type=submit]");
            page.waitForLoadState();
        }
        Locator choice = page.locator("#merge-target option[value='" + into + "']");
        assertEquals(1, choice.count(), "the target is in the list: " + page.locator("#merge-target").innerHTML());
        String intoQuote = others.get(1).path("statements").get(0).path("quote").path("text").asText();
        assertTrue(choice.textContent().contains(intoQuote.substring(0, Math.min(20, intoQuote.length()))),
                "listed by its quote, not its number: " + choice.textContent());
        page.selectOption("#merge-target", into);
        page.fill("#merge-note", "dieselbe Aussage");
        page.click(".merge-form button[type=submit]");
        page.waitForURL("**/clusters/" + into + "**");
        page.reload();
        String renderings = page.locator(".renderings").textContent();
        assertTrue(renderings.contains(movedQuote.substring(0, Math.min(30, movedQuote.length()))),
                "the merged rendering shows on the target after reload: " + renderings);
        String audit = page.locator("#audit").textContent();
        assertTrue(audit.contains("admin") && audit.contains("dieselbe Aussage"), audit);
        assertEquals(1, page.locator("#audit a[href='/clusters/" + from + "']").count(), "the merged cluster is named: " + audit);
        shot("07-cluster-merged");
        assertEquals(404, page.request().get(url("/clusters/" + from)).status(), "the merged cluster is gone");
        // the English rendering of the dike statement names its speaker as the outlet does
        page.navigate(url("/clusters/" + clusterId));
        for (var r : page.locator(".rendering").all()) {
            if (r.textContent().contains("Harbour Post")) {
                assertFalse(r.locator(".speaker-line strong").textContent().isBlank(), "speaker shown for the English rendering");
            }
        }
    }

    @Test
    @Order(6)
    void scriptInArticleTextIsInert() {
        Assumptions.assumeTrue(imported.size() == 4, "import failed");
        page.navigate(url("/articles/" + imported.get(3)));
        String text = page.locator("#article-text").textContent();
        assertTrue(text.contains("<script>alert('whosaid-xss')</script>"), "markup shown as text: " + text);
        assertTrue(text.contains("onerror=alert('whosaid-img')"));
        assertEquals(0, page.locator("#article-text script, #article-text img").count(), "no element made from article text");
        page.keyboard().press("Tab");
        if (page.locator("#article-text a.mark").count() > 0) page.locator("#article-text a.mark").first().click();
        page.waitForTimeout(300);
        assertTrue(dialogs.isEmpty(), "no dialog fired: " + dialogs);
        shot("06-article-script-inert");
    }

    @Test
    @Order(8)
    void watchAStatementAndReadItsFeedAlsoInGerman() throws Exception {
        Assumptions.assumeTrue(clusterId != null, "no cluster");
        page.navigate(url("/clusters/" + clusterId));
        page.click("form.watch-form button[type=submit]");
        page.waitForURL("**/watches**");
        assertTrue(page.locator("tbody tr").count() >= 1, "the watch is listed");
        String href = page.locator("a[type='application/atom+xml']").first().getAttribute("href");
        shot("08-watches");
        String atom = page.context().request().get(url(href)).text();
        assertTrue(atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">") && atom.contains("/clusters/" + clusterId),
                "the feed lists the renderings and links the cluster page: " + atom);
        page.navigate(url("/watches?lang=de"));
        assertTrue(page.locator("h1").textContent().contains("Beobachtet"), page.locator("h1").textContent());
        assertTrue(page.locator("main").textContent().contains("Aussage:"), "kind in German");
        shot("09-watches-de");
        page.navigate(url("/watches?lang=en"));
    }

    @Test
    @Order(9)
    void storiesSpeakersAndHandOffs() throws Exception {
        Assumptions.assumeTrue(imported.size() == 4, "import failed");
        // stories: the three dike articles form one story, named from their headlines, with the outlets that covered it
        page.navigate(url("/stories"));
        assertEquals("Stories", page.locator("h1").textContent().strip());
        List<String> stories = page.locator("ul.cards li.card").allTextContents();
        assertTrue(stories.stream().anyMatch(t -> t.contains("Deich") && t.contains("3 articles")
                        && t.contains("Küstenbote") && t.contains("Marschblatt") && t.contains("Harbour Post")),
                "a story named from its content, with its outlets: " + stories);
        assertTrue(page.locator("ul.cards li.card a").allTextContents().stream().noneMatch(t -> t.strip().startsWith("#")),
                "every story has a name: " + stories);
        shot("10-stories");
        // speakers: the people quoted, most statements first, with their counts; the town Lünsen is no speaker
        page.navigate(url("/speakers"));
        assertEquals("Speakers", page.locator("h1").textContent().strip());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var row : page.locator("main table tbody tr").all()) {
            String n = row.locator("td").nth(3).textContent().strip();
            assertTrue(n.matches("[1-9][0-9]*"), "a statement count: " + row.textContent());
            counts.put(row.locator("td").nth(0).textContent().strip(), Integer.parseInt(n));
            assertFalse(row.locator("td").nth(1).textContent().contains("place"), "no places: " + row.textContent());
        }
        assertEquals(3, counts.get("Hanna Vogt"), "the mayor is quoted once in each of the three outlets: " + counts);
        assertEquals(1, counts.get("Paul Reimers"), "quoted once, in the letter to the editor: " + counts);
        assertTrue(counts.containsKey("Ole Brandt"), "the dike reeve: " + counts);
        assertTrue(counts.keySet().stream().noneMatch(k -> k.contains("Lünsen") || k.contains("Luensen")), "no places: " + counts);
        List<Integer> order = new ArrayList<>(counts.values());
        for (int i = 1; i < order.size(); i++) assertTrue(order.get(i - 1) >= order.get(i), "most statements first: " + counts);
        shot("11-speakers");
        // failed hand-offs (admin): the table or its empty state, not an error page
        assertEquals(200, page.navigate(url("/admin/handoffs")).status());
        assertEquals("Failed hand-offs", page.locator("h1").textContent().strip());
        assertTrue(page.locator("main table tbody tr").count() >= 1 || page.locator("main").textContent().contains("No failed hand-offs."),
                page.locator("main").textContent());
        shot("12-handoffs");
    }

    @Test
    @Order(10)
    void statementsAcrossOutletsWithFiltersAndGermanPagesWithoutEnglish() throws Exception {
        Assumptions.assumeTrue(clusterId != null, "no cluster");
        // statements across outlets: only those seen in 2+ outlets by default, filters in the URL
        page.navigate(url("/clusters"));
        assertEquals("2", page.locator("#minOutlets").inputValue(), "2+ outlets by default");
        assertTrue(page.locator("ol.cards li.card a[href='/clusters/" + clusterId + "']").count() == 1,
                "the dike statement is listed: " + page.locator("ol.cards").textContent());
        for (String meta : page.locator("ol.cards li.card .meta").allTextContents()) {
            assertFalse(meta.matches("(?s).*\\b1 outlets?\\b.*"), "one-outlet statements are not listed by default: " + meta);
            assertFalse(meta.matches("(?s).*\\b1 (renderings|conflicts|outlets)\\b.*"), "singular after 1: " + meta);
        }
        page.fill("#q", "Deich");
        page.fill("#outlet", "Marschblatt");
        page.click(".cluster-filters button[type=submit]");
        page.waitForLoadState();
        assertTrue(page.url().contains("q=Deich") && page.url().contains("outlet=Marschblatt"), "filters in the URL: " + page.url());
        assertEquals(1, page.locator("ol.cards li.card a[href='/clusters/" + clusterId + "']").count(),
                "the filters keep the dike statement: " + page.locator("main").textContent());
        shot("14-clusters");
        page.fill("#outlet", "No Such Outlet");
        page.click(".cluster-filters button[type=submit]");
        page.waitForLoadState();
        assertEquals(0, page.locator("ol.cards li.card").count(), "an outlet filter that matches nothing lists nothing");

        // the German interface: no English interface words on the main pages (article text aside)
        List<String> english = englishOnlyPhrases();
        assertTrue(english.size() > 50, "phrases to look for: " + english.size());
        try {
            for (String path : List.of("/?lang=de", "/clusters", "/clusters/" + clusterId, "/stories", "/speakers", "/search?q=Deich")) {
                page.navigate(url(path));
                assertEquals("de", page.locator("html").getAttribute("lang"), path);
                String text = page.locator("body").innerText();
                for (String quoted : page.locator("blockquote, .quote, ol.cards li.card a, .results li").allInnerTexts()) {
                    text = text.replace(quoted, " ");
                }
                for (String e : english) {
                    assertFalse(text.contains(e), path + ": English \"" + e + "\" in the German page: " + text);
                }
                if (path.startsWith("/clusters/")) shot("15-cluster-de");
            }
        } finally {
            page.navigate(url("/?lang=en"));
        }
        // the remaining pages, for docs/ui.md: one story, one speaker, the article list
        page.navigate(url("/stories"));
        page.locator("ul.cards li.card a").first().click();
        page.waitForLoadState();
        assertTrue(page.url().matches(".*/stories/[^/]+$"), page.url());
        shot("16-story");
        page.navigate(url("/speakers"));
        page.locator("main table tbody tr a").first().click();
        page.waitForLoadState();
        assertTrue(page.url().contains("/speakers/"), page.url());
        shot("17-speaker");
        page.navigate(url("/articles"));
        assertTrue(page.locator("main").textContent().contains("Marschblatt"), "the articles are listed");
        shot("18-articles");
        assertEquals(200, page.navigate(url("/admin/users")).status());
        assertTrue(page.locator("main table").textContent().contains("admin"), "the user list names admin");
        shot("19-users");
        try (var anonymous = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800).setLocale("en-GB"))) {
            Page login = anonymous.newPage();
            login.navigate(url("/login"));
            assertEquals(1, login.locator("form.login-form #password").count(), "the login form");
            login.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("20-login.png")).setFullPage(true));
        }
    }

    /** Interface phrases of two words or more that differ between the English and German message bundles. */
    static List<String> englishOnlyPhrases() throws Exception {
        Path dir = org.whosaid.web.system.SystemUnderTest.root().resolve("web-ui/src/main/resources/i18n");
        java.util.Properties en = new java.util.Properties();
        java.util.Properties de = new java.util.Properties();
        try (var r = Files.newBufferedReader(dir.resolve("messages_en.properties"))) { en.load(r); }
        try (var r = Files.newBufferedReader(dir.resolve("messages_de.properties"))) { de.load(r); }
        List<String> out = new ArrayList<>();
        for (String k : en.stringPropertyNames()) {
            String e = en.getProperty(k).strip();
            if (e.equals(de.getProperty(k, "").strip())) continue;
            // the fixed words of the phrase (placeholders cut out), at least two words long
            for (String part : e.split("\\{[^}]*\\}")) {
                String w = part.strip().replaceAll("[.:,;…]+$", "").strip();
                if (w.split("\\s+").length >= 2 && w.length() >= 8) out.add(w);
            }
        }
        return out;
    }
}
