package org.whosaid.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import org.whosaid.web.client.Json;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/** View models for the templates, read tolerantly from the services' JSON. Strings are never null. */
public final class Views {
    private Views() {}

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    /** The one zone of every page ({@code whosaid.web.time-zone}, set at start by {@code TimeZoneSetting}). */
    private static volatile ZoneId zone = ZoneId.of("Europe/Berlin");

    /** Shows every date and time in this zone from now on. */
    public static void zone(ZoneId z) {
        zone = z;
    }

    /** An absolute http or https URL (case-insensitive scheme). */
    public static boolean isWebUrl(String url) {
        if (url == null) return false;
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    @TemplateData
    public record StatementV(String key, String id, String localId, long articleId, String outlet, String url, String publishedAt,
                             String date, String form, String formKey, String formClass, String medium, String quote,
                             int start, int end, String speakerText, String speakerName, String entityId, String cue,
                             List<String> chain, List<String> evidence, String confidence, String clusterId,
                             String reviewStatus, String language, String title, String parentId) {
        public String anchor() { return "/articles/" + articleId + "#" + localId; }
        /** Only http(s) URLs become links; anything else stored earlier is shown as text (issue 15 finding 7). */
        public boolean webUrl() { return isWebUrl(url); }
        public boolean hasSpeaker() { return !speakerName.isEmpty() || !speakerText.isEmpty(); }
        public String speakerShown() { return speakerName.isEmpty() ? speakerText : speakerName; }
        public String shortQuote() { return shorten(quote, 90); }
        /** The mention differs from the resolved name ("er", "der Kreml-Berater"). */
        public boolean mentionDiffers() { return !speakerText.isEmpty() && !speakerText.equals(speakerName); }
    }

    @TemplateData
    public record ArticleV(long id, String title, String outlet, String url, String publishedAt, String date,
                           String language, List<String> agencies, String lead, String text, int version,
                           String analysisStatus, String analysisError, String ingestedAt, String copyOf) {
        public String label() { return title.isBlank() ? "#" + id : title; }
        /** Only http(s) URLs become links; anything else stored earlier is shown as text (issue 15 finding 7). */
        public boolean webUrl() { return isWebUrl(url); }
        /** The lead only when the body does not already hold it. */
        public boolean showLead() {
            String l = lead.strip();
            return !l.isEmpty() && !text.contains(l.length() > 80 ? l.substring(0, 80) : l);
        }
    }

    @TemplateData
    public record ConflictV(String id, String kind, String subject, List<ConflictValue> values, String clusterId) {
        /** The analysis-service's subjects of a month or weekday that differs inside the quote (its values in English). */
        static final String MONTH_SUBJECT = "month named in the statement";
        static final String WEEKDAY_SUBJECT = "weekday named in the statement";
        private static final Map<String, String> UNITS = Map.of("euro", "€", "eur", "€", "dollar", "$", "us-dollar", "$",
                "prozent", "%", "percent", "%", "pfund", "£", "pound", "£");

        /** The interface text key of the analysis-service's English subject prefix ("who said: …"), or null. */
        public String subjectKey() {
            if (subject == null) return null;
            if (subject.startsWith("who said: ")) return "conflictWhoSaid";
            if (subject.startsWith("attributed to: ")) return "conflictAttributedTo";
            if (subject.startsWith("word in the quote: ")) return "conflictQuoteWord";
            if (subject.equals(MONTH_SUBJECT)) return "conflictMonth";
            if (subject.equals(WEEKDAY_SUBJECT)) return "conflictWeekday";
            return null;
        }

        /** The subject without that prefix (nothing when the whole subject is interface text). */
        public String subjectText() {
            String k = subjectKey();
            if (k == null) return subject;
            int colon = subject.indexOf(": ");
            return colon < 0 ? "" : subject.substring(colon + 2);
        }

        /**
         * The interface text prefix for the values when they are words the analysis-service names in English (a month or
         * a weekday: "may" → "May" / "Mai"), else null: the values are shown as they are.
         */
        public String valuePrefix() {
            return MONTH_SUBJECT.equals(subject) ? "month" : WEEKDAY_SUBJECT.equals(subject) ? "weekday" : null;
        }

        /** A currency or percent sign when the subject of a number conflict is its unit ("euro" → €), else null. */
        public String unit() {
            return "number".equals(kind) && subject != null ? UNITS.get(subject.strip().toLowerCase(java.util.Locale.ROOT)) : null;
        }

        /** The subject is shown unless it is only the unit written next to each number. */
        public boolean showSubject() {
            return subject != null && !subject.isBlank() && unit() == null;
        }
    }

    @TemplateData
    public record ConflictValue(String value, List<String> outlets, List<Long> articleIds, List<String> statementIds,
                                boolean numeric) {
        public String outletList() { return String.join(", ", outlets); }
    }

    @TemplateData
    public record ClusterSummary(String id, String speakerName, String entityId, int renderings, int outlets,
                                 int conflicts, String sample, String firstSeen, String status) {
        public boolean hasSpeaker() { return !speakerName.isBlank(); }
        /** A reviewer set a status other than "unverified". */
        public boolean reviewed() { return !status.isBlank() && !status.equals("unverified"); }
    }

    @TemplateData
    public record StoryV(String id, String title, List<String> outlets, String from, String to, int articles,
                         List<String> clusterIds, List<Long> articleIds) {
        public String label() { return title.isBlank() ? "#" + id : title; }
    }

    public static String date(String iso) {
        if (iso == null || iso.isBlank()) return "";
        try {
            // one zone on every page, named: "2026-03-02 10:00 CET", not each article's own offset
            ZonedDateTime t = OffsetDateTime.parse(iso).atZoneSameInstant(zone);
            return t.format(SHOW) + " " + t.format(ZONE_NAME);
        } catch (DateTimeParseException e) {
            return iso.length() > 16 ? iso.substring(0, 16).replace('T', ' ') : iso;
        }
    }

    private static final java.util.regex.Pattern SHOWN =
            java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?: (\\d{2}:\\d{2}))?( .+)?");

    /**
     * A date as {@link #date} shows it ("2026-03-02 10:00 CET", or a bare "2026-03-02") written the way the page's
     * language writes dates: German "02.03.2026, 10:00 CET", English "2 Mar 2026, 10:00 CET". Anything else (a
     * relative date kept as written) stays as it is.
     */
    public static String inLanguage(String shown, String lang) {
        if (shown == null) return "";
        java.util.regex.Matcher m = SHOWN.matcher(shown);
        if (!m.matches()) return shown;
        java.time.LocalDate d;
        try {
            d = java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return shown;
        }
        String day = "de".equals(lang) ? d.format(DAY_DE) : d.format(DAY_EN);
        String time = m.group(4) == null ? "" : ", " + m.group(4);
        return day + time + (m.group(5) == null ? "" : m.group(5));
    }

    private static final DateTimeFormatter DAY_DE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public static String formClass(String form) {
        String f = form == null ? "" : form.toLowerCase(Locale.ROOT);
        if (f.equals("direct")) return "direct";
        if (f.contains("indirect")) return "indirect";
        if (f.equals("reported")) return "reported";
        return "other";
    }

    public static StatementV statement(JsonNode s) {
        return statement(s, 0, "", "", "");
    }

    /** A statement; articleId/outlet/url/publishedAt fall back to the given values (statements of one article). */
    public static StatementV statement(JsonNode s, long articleId, String outlet, String url, String publishedAt) {
        String id = Json.any(s, "id", "statementId");
        long aid = Json.longOf(s, "articleId", articleId);
        JsonNode quote = Json.field(s, "quote");
        String quoteText = quote == null ? "" : quote.isValueNode() ? quote.asText() : Json.text(quote, "text");
        int start = -1;
        int end = -1;
        for (JsonNode sp : Json.list(quote, "spans")) {
            int st = Json.intOf(sp, "start", -1);
            int en = Json.intOf(sp, "end", -1);
            if (start < 0 || (st >= 0 && st < start)) start = st;
            end = Math.max(end, en);
        }
        JsonNode sp = Json.field(s, "speaker");
        String speakerText = sp == null ? "" : sp.isValueNode() ? sp.asText() : Json.text(sp, "text");
        String speakerName = sp == null || sp.isValueNode() ? (sp == null ? "" : sp.asText()) : Json.text(sp, "name");
        String entityId = sp == null || sp.isValueNode() ? "" : Json.text(sp, "entityId");
        List<String> chain = new ArrayList<>();
        addPart(chain, Json.field(s, "intermediary"));
        addPart(chain, Json.field(s, "channel"));
        for (String a : Json.strings(s, "chain", "attributionChain")) if (!chain.contains(a)) chain.add(a);
        String form = Json.text(s, "form", "");
        String pub = Json.text(s, "publishedAt", publishedAt);
        double conf = Json.doubleOf(s, "confidence", -1);
        List<String> evidence = Json.strings(s, "evidence");
        String rule = Json.text(s, "rule", "");
        if (!rule.isEmpty() && !evidence.contains(rule)) evidence.add(0, "rule: " + rule);
        return new StatementV(aid + ":" + id, id, localId(id, aid), aid, Json.text(s, "outlet", outlet), Json.text(s, "url", url), pub,
                date(pub), form, "form." + formClass(form), formClass(form), Json.text(s, "medium", ""), quoteText,
                start, end, speakerText, speakerName, entityId, Json.text(s, "cue", ""), chain, evidence,
                conf < 0 ? "" : String.format(Locale.ROOT, "%.2f", conf), Json.any(s, "clusterId", "cluster"),
                Json.any(s, "reviewStatus", "status"), Json.text(s, "language", ""), Json.text(s, "title", ""),
                Json.text(s, "parentId", ""));
    }

    /** Stored statement ids are "{articleId}-s-3"; within the article the position anchor is "s-3". */
    public static String localId(String id, long articleId) {
        String prefix = articleId + "-";
        return id.startsWith(prefix) ? id.substring(prefix.length()) : id;
    }

    private static void addPart(List<String> chain, JsonNode part) {
        if (part == null) return;
        String t = part.isValueNode() ? part.asText() : Json.any(part, "name", "text");
        if (!t.isBlank() && !chain.contains(t)) chain.add(t);
    }

    public static ArticleV article(JsonNode a) {
        String pub = Json.text(a, "publishedAt");
        String copyOf = Json.text(a, "copyOf");
        return new ArticleV(Json.longOf(a, "id", 0), Json.any(a, "title"), Json.text(a, "outlet"), Json.text(a, "url"),
                pub, date(pub), Json.text(a, "language"), Json.strings(a, "agencies"), Json.text(a, "lead"),
                Json.text(a, "text"), Json.intOf(a, "version", 1), Json.text(a, "analysisStatus"),
                Json.text(a, "analysisError"), date(Json.text(a, "ingestedAt")), copyOf);
    }

    public static ConflictV conflict(JsonNode c) {
        List<ConflictValue> values = new ArrayList<>();
        boolean number = "number".equals(Json.text(c, "kind", "other"));
        for (JsonNode v : Json.list(c, "values")) {
            List<Long> ids = new ArrayList<>();
            for (JsonNode i : Json.list(v, "articleIds")) ids.add(i.asLong());
            String value = Json.any(v, "value", "text", "name");
            // a bare number from the analysis (400000) is shown as written in the page language (400.000 / 400,000)
            values.add(new ConflictValue(value, Json.strings(v, "outlets"), ids, Json.strings(v, "statementIds"),
                    number && value.matches("\\d{4,18}")));
        }
        return new ConflictV(Json.any(c, "id"), Json.text(c, "kind", "other"), Json.any(c, "subject"), values,
                Json.any(c, "clusterId"));
    }

    public static ClusterSummary clusterSummary(JsonNode c) {
        List<StatementV> st = Json.list(c, "statements").stream().map(Views::statement).toList();
        Set<String> outlets = new LinkedHashSet<>();
        st.forEach(s -> outlets.add(s.outlet()));
        JsonNode sp = Json.field(c, "speaker");
        String name = sp == null ? "" : sp.isValueNode() ? sp.asText() : Json.text(sp, "name");
        String entity = sp == null || sp.isValueNode() ? "" : Json.text(sp, "entityId");
        if (name.isEmpty() && !st.isEmpty()) name = st.get(0).speakerShown();
        String sample = st.isEmpty() ? Json.any(c, "excerpt", "sample", "quote", "label") : pickSample(st);
        String first = st.stream().map(StatementV::publishedAt).filter(x -> !x.isEmpty()).min(Comparator.naturalOrder()).orElse(Json.any(c, "firstPublished", "firstSeen"));
        int conflicts = Json.list(c, "conflicts").size();
        if (conflicts == 0) conflicts = Json.intOf(c, "conflictCount", Json.bool(c, "hasConflict") ? 1 : 0);
        int renderings = st.isEmpty() ? Json.intOf(c, "size", Json.intOf(c, "statementCount", 0)) : st.size();
        int nOutlets = outlets.isEmpty() ? Json.intOf(c, "outletCount", 0) : outlets.size();
        return new ClusterSummary(Json.any(c, "id"), name, entity, renderings, nOutlets, conflicts, shorten(sample, 160),
                date(first), Json.any(c, "reviewStatus", "status"));
    }

    private static String pickSample(List<StatementV> st) {
        return st.stream().filter(s -> s.formClass().equals("direct")).map(StatementV::quote).findFirst().orElse(st.get(0).quote());
    }

    public static StoryV story(JsonNode s) {
        List<String> clusterIds = new ArrayList<>();
        for (JsonNode c : Json.list(s, "clusters", "clusterIds")) clusterIds.add(c.isValueNode() ? c.asText() : Json.any(c, "id"));
        List<Long> articleIds = new ArrayList<>();
        for (JsonNode a : Json.list(s, "articles", "articleIds")) articleIds.add(a.isValueNode() ? a.asLong() : Json.longOf(a, "id", 0));
        int articles = articleIds.isEmpty() ? Json.intOf(s, "articleCount", 0) : articleIds.size();
        return new StoryV(Json.any(s, "id"), Json.any(s, "title", "label", "name"), Json.strings(s, "outlets"),
                date(Json.any(s, "firstPublished", "from", "start")), date(Json.any(s, "lastPublished", "to", "end")), articles,
                clusterIds, articleIds);
    }

    public static String shorten(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
