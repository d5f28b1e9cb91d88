package org.whosaid.ingest.clean;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Body extraction measured on pages built from our own fictional articles inside realistic page chrome
 * (navigation, cookie banner, teasers, share bar, comments, footer). Token-level F1 of the extracted body
 * against the article's paragraphs; figures written to target/html-extraction-eval.txt.
 */
class HtmlExtractionEvalTest {

    record Story(String title, String date, List<String> paragraphs) {
    }

    static final List<Story> STORIES = List.of(
            new Story("Fähre über die Wummer fährt ab Mai", "2031-03-11T08:45:00+01:00", List.of(
                    "Nach monatelangem Streit soll die neue Fähre über die Wummer im Mai den Betrieb aufnehmen. Das kündigte die Stadt Kleinwasserburg am Montag an.",
                    "Die Bürgermeisterin Henrike Almstedt sagte vor dem Stadtrat, der Zeitplan stehe. „Wir fahren ab dem ersten Mai“, sagte Almstedt. Die Kosten lägen bei vier Millionen Euro.",
                    "Der Vorsitzende des Fährvereins, Jost Hinrichsen, hält das für zu optimistisch. Die Prüfung durch das Schifffahrtsamt sei noch nicht abgeschlossen, sagte er.",
                    "Die alte Fähre war im vergangenen Herbst nach einem Motorschaden außer Dienst gestellt worden. Seitdem müssen Pendler einen Umweg von zwanzig Kilometern fahren.")),
            new Story("Pier opening delayed again after winter storms", "2031-03-11T08:45:00Z", List.of(
                    "The harbour master of Port Kessock, Dunstan Aird, said on Tuesday that the new pier would not open before June, blaming the winter storms.",
                    "\"We lost six weeks of work,\" Aird told reporters at the harbour office. He said the contractor had already ordered replacement steel.",
                    "Local fishermen have waited three years for the pier. Their association said it was disappointed but understood the delay.",
                    "The council will discuss the extra costs at its next meeting, a spokeswoman said.")),
            new Story("Landrätin kündigt zwei neue Schulen an", "2031-02-02T14:10:00+01:00", List.of(
                    "Die Landrätin des Kreises Oberhelm, Almut Drewes, hat den Bau von zwei neuen Schulen angekündigt. Die Kosten von zusammen 38 Millionen Euro trage zum größten Teil das Land.",
                    "Drewes sagte am Dienstag, der Bau beginne im Herbst. Die erste Schule solle in zwei Jahren eröffnen. „Wir können die Kinder nicht länger in Containern unterrichten“, sagte sie.",
                    "Die Opposition im Kreistag begrüßte den Plan. Ihr Sprecher Benno Quast forderte aber, auch die Sporthallen zu sanieren.",
                    "Elternvertreter hatten seit Jahren über überfüllte Klassen geklagt. Im Kreis fehlen nach Angaben der Verwaltung rund 600 Schulplätze.")),
            new Story("Museum returns carved panels to island community", "2031-01-20T17:00:00Z", List.of(
                    "The Calderbrook Museum has agreed to return four carved wooden panels to the community of Inis Mara, its director Priya Halvorsen announced on Monday.",
                    "Halvorsen said the panels had been taken without consent in 1911. \"They belong where they were made,\" she said.",
                    "Island elder Tomas Ferrane said the community would build a small hall to display them. The handover is planned for the summer.",
                    "The museum holds about 2,000 objects from the islands. A review of the whole collection will follow, the director added.")),
            new Story("Stadtwerke erhöhen Fernwärmepreise", "2031-04-01T06:30:00+02:00", List.of(
                    "Die Stadtwerke Brunnhausen erhöhen zum Juli die Preise für Fernwärme um elf Prozent. Das teilte das Unternehmen am Montag mit.",
                    "Geschäftsführer Malte Overbeck begründete den Schritt mit gestiegenen Kosten für Biomasse. Ein Durchschnittshaushalt zahle rund 14 Euro mehr im Monat, sagte er.",
                    "Der Mieterverein kritisierte die Erhöhung. Die Vorsitzende Gesa Lorenzen sagte, viele Haushalte seien schon jetzt am Limit.",
                    "Die Stadtwerke kündigten an, einen Härtefallfonds einzurichten. Anträge sollen ab Juni möglich sein.")),
            new Story("Volunteers count record number of seals", "2031-05-09T12:00:00+01:00", List.of(
                    "Volunteers on the Skerrow coast counted 1,420 grey seals this spring, the highest number since records began, the Skerrow Wildlife Trust said.",
                    "The trust's warden, Elspeth Moir, said calmer winters and fewer disturbances had helped the colony grow. \"It is a remarkable recovery,\" she said.",
                    "The count is carried out every May by about forty volunteers using boats and drones.",
                    "Visitors are asked to keep at least fifty metres from the animals during the pupping season.")));

    static String chromeA(Story s) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>" + s.title() + " | Nordkurier Digital</title>"
                + "<meta property=\"og:site_name\" content=\"Nordkurier Digital\"><meta property=\"article:published_time\" content=\"" + s.date() + "\">"
                + "<script>window.dataLayer=[];function track(){}</script><style>.x{color:red}</style></head><body>"
                + "<div id=\"cookie-banner\" class=\"cookie\"><p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit Klick auf Akzeptieren stimmen Sie der Verwendung zu.</p><button>Akzeptieren</button><button>Einstellungen</button></div>"
                + "<header><nav><ul><li><a href=\"/\">Startseite</a></li><li><a href=\"/politik\">Politik</a></li><li><a href=\"/wirtschaft\">Wirtschaft</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/kultur\">Kultur</a></li></ul></nav></header>"
                + "<main><article><div class=\"kicker\">Region</div><h1>" + s.title() + "</h1><div class=\"share\"><a>Teilen</a><a>Drucken</a></div>"
                + "<figure><img src=\"a.jpg\" alt=\"Symbolbild\"><figcaption>Ein Symbolbild zum Thema. Foto: Archiv</figcaption></figure>");
        for (String p : s.paragraphs()) {
            b.append("<p>").append(p).append("</p>");
        }
        b.append("</article><aside class=\"teaser\"><h3>Mehr zum Thema</h3><ul>"
                + "<li><a href=\"/1\">Neue Brücke über die Wummer geplant: Stadtrat berät im Sommer über die Finanzierung</a></li>"
                + "<li><a href=\"/2\">Hafenfest fällt in diesem Jahr aus, weil die Sponsoren fehlen</a></li></ul></aside>"
                + "<section id=\"comments\" class=\"comments\"><h3>Kommentare (3)</h3><div class=\"comment\"><p>Das glaube ich erst, wenn ich es sehe. Die Stadt hat schon so viel versprochen.</p></div>"
                + "<div class=\"comment\"><p>Endlich! Wir warten seit Monaten darauf.</p></div></section></main>"
                + "<footer><p>© 2031 Nordkurier Digital. Impressum Datenschutz Kontakt AGB</p><p>Alle Rechte vorbehalten.</p></footer></body></html>");
        return b.toString();
    }

    static String chromeB(Story s) {
        StringBuilder b = new StringBuilder("<html><head><title>" + s.title() + " - The Harbour Ledger</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"" + s.title().replace("\"", "\\\"")
                + "\",\"datePublished\":\"" + s.date() + "\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Harbour Ledger\"}}</script></head><body>"
                + "<div class=\"topbar\"><a href=\"/subscribe\">Subscribe for £1</a> <a href=\"/login\">Log in</a></div>"
                + "<div class=\"menu\"><a href=\"/news\">News</a> | <a href=\"/sport\">Sport</a> | <a href=\"/opinion\">Opinion</a> | <a href=\"/weather\">Weather</a></div>"
                + "<div class=\"layout\"><div class=\"content\"><h1 class=\"headline\">" + s.title() + "</h1><p class=\"byline\">By Staff Reporter</p>"
                + "<time datetime=\"" + s.date() + "\">" + s.date() + "</time><div class=\"story-body\">");
        for (int i = 0; i < s.paragraphs().size(); i++) {
            b.append("<p>").append(s.paragraphs().get(i)).append("</p>");
            if (i == 1) {
                b.append("<div class=\"ad\"><p>Advertisement</p></div><div class=\"inline-teaser\"><a href=\"/x\">Read more: Ferry fares to rise in April as fuel costs climb</a></div>");
            }
        }
        b.append("</div><div class=\"newsletter\"><h4>Get the morning briefing</h4><p>Sign up to our newsletter for the top stories every morning.</p><input type=\"email\"></div></div>"
                + "<div class=\"sidebar\"><h3>Most read</h3><ol><li><a href=\"/a\">Council approves new fish market after long debate</a></li><li><a href=\"/b\">Lifeboat crew rescues two kayakers off the point</a></li>"
                + "<li><a href=\"/c\">School inspection report praises new head teacher</a></li></ol></div></div>"
                + "<div class=\"footer\">Contact us · Privacy · Terms · © The Harbour Ledger 2031</div></body></html>");
        return b.toString();
    }

    static String chromeC(Story s) {
        // div soup without <article>/<p>, with a comment thread longer than the article
        StringBuilder b = new StringBuilder("<html><head><meta property=\"og:title\" content=\"" + s.title().replace("\"", "&quot;") + "\"></head><body>"
                + "<div class=\"consent\"><div>This site uses cookies. By continuing you agree to our cookie policy.</div><a>OK</a></div>"
                + "<div class=\"nav\"><span>Home</span><span>Local</span><span>World</span><span>Business</span></div>"
                + "<div class=\"wrap\"><div class=\"main\"><div class=\"title\">" + s.title() + "</div><div class=\"text\">");
        for (String p : s.paragraphs()) {
            b.append("<div class=\"para\">").append(p).append("</div>");
        }
        b.append("</div></div><div class=\"comments\">");
        for (int i = 0; i < 4; i++) {
            b.append("<div class=\"c\"><b>reader").append(i).append("</b> wrote: I have lived here for thirty years and never seen anything like this. Thanks for reporting.</div>");
        }
        b.append("</div><div class=\"related\"><div>Related: Harbour dues to double next year</div><div>Related: Storm warning for the weekend</div></div></div></body></html>");
        return b.toString();
    }

    static Map<String, Integer> bag(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                m.merge(w, 1, Integer::sum);
            }
        }
        return m;
    }

    /** Token-level F1 (bag of words). */
    static double f1(String predicted, String gold) {
        Map<String, Integer> p = bag(predicted);
        Map<String, Integer> g = bag(gold);
        int overlap = 0;
        for (var e : p.entrySet()) {
            overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        int np = p.values().stream().mapToInt(Integer::intValue).sum();
        int ng = g.values().stream().mapToInt(Integer::intValue).sum();
        if (overlap == 0) {
            return 0;
        }
        double prec = (double) overlap / np;
        double rec = (double) overlap / ng;
        return 2 * prec * rec / (prec + rec);
    }

    @Test
    void bodyF1OnFictionalPages() throws Exception {
        HtmlExtractor extractor = new HtmlExtractor(Duration.ofSeconds(5));
        PasteCleaner cleaner = new PasteCleaner();
        StringBuilder report = new StringBuilder("page\tchrome\tF1\n");
        double sum = 0;
        int n = 0;
        Map<String, Double> byChrome = new TreeMap<>();
        for (Story s : STORIES) {
            String gold = String.join("\n\n", s.paragraphs());
            for (String chrome : List.of("A", "B", "C")) {
                String html = switch (chrome) {
                    case "A" -> chromeA(s);
                    case "B" -> chromeB(s);
                    default -> chromeC(s);
                };
                HtmlPage page = extractor.extract(html, "https://news.example/" + n, null);
                String body = cleaner.clean(page.text(), PasteCleanerTest.BERLIN, PasteCleanerTest.NOW).body();
                double f = f1(body, gold);
                report.append(s.title()).append('\t').append(chrome).append('\t').append(String.format(Locale.ROOT, "%.3f", f)).append('\n');
                byChrome.merge(chrome, f / STORIES.size(), Double::sum);
                sum += f;
                n++;
                assertNotNull(page.title(), "title found on chrome " + chrome);
                assertEquals(s.title(), ExtractionTitle.strip(page.title(), page.siteName()), "title on chrome " + chrome);
            }
        }
        double macro = sum / n;
        report.append(String.format(Locale.ROOT, "mean F1 over %d pages: %.3f%n", n, macro));
        byChrome.forEach((k, v) -> report.append(String.format(Locale.ROOT, "chrome %s mean F1: %.3f%n", k, v)));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/html-extraction-eval.txt"), report.toString());
        System.out.println(report);
        assertTrue(macro >= 0.9, "mean body F1 " + macro);
    }

    @Test
    void metadataFromJsonLdOpenGraphAndTime() {
        Story s = STORIES.get(1);
        HtmlPage b = new HtmlExtractor(Duration.ofSeconds(5)).extract(chromeB(s), "https://harbourledger.example/x", null);
        assertEquals(s.date(), b.published());
        assertEquals("The Harbour Ledger", b.siteName());
        assertEquals("JSON-LD datePublished", b.provenance().get("publishedAt"));
        HtmlPage a = new HtmlExtractor(Duration.ofSeconds(5)).extract(chromeA(STORIES.get(0)), "https://nordkurier-digital.example/x", null);
        assertEquals("de", a.language());
        assertEquals(STORIES.get(0).date(), a.published());
        assertTrue(a.captions().stream().anyMatch(c -> c.contains("Symbolbild")));
    }

    @Test
    void perOutletOverrideSelectors() {
        Story s = STORIES.get(2);
        HtmlPage p = new HtmlExtractor(Duration.ofSeconds(5)).extract(chromeC(s), "https://x.example/",
                new HtmlExtractor.Override("div.text", List.of("div.related")));
        assertTrue(p.provenance().get("text").contains("override"));
        assertEquals(1.0, f1(p.text(), String.join(" ", s.paragraphs())), 1e-9);
    }
}
