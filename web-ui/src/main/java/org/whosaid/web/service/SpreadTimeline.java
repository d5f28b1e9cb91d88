package org.whosaid.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import org.whosaid.web.client.Json;
import org.whosaid.web.service.Views.StatementV;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a statement spread, drawn: its renderings in order of publication, each with what changed against the renderings
 * before it as the analysis API reports it ({@code renderings[].spread} of {@code GET /api/clusters/{id}}: the first
 * outlet, the same wording as an earlier outlet, a translation, a change of form, another speaker), in page words.
 * Drawn server-side as an SVG a fact-checker reads at a glance (no script), with the same entries as a list for screen
 * readers and copying.
 *
 * <p>Example: AFP 09:12 direct (first); dpa 09:40 same wording as AFP; Tagesblatt 11:05 indirect (form: direct →
 * indirect); Ledger 12:30 English (translation).
 */
@TemplateData
public record SpreadTimeline(List<Entry> entries, String svg) {
    private static final int ROW = 26, LEFT = 150, WIDTH = 720, PLOT = WIDTH - LEFT - 20;

    /** One rendering on the timeline; notes are page words of the current language. */
    @TemplateData
    public record Entry(StatementV s, String when, List<String> notes) {
    }

    /** One change the analysis API reports for a rendering: kind first, same_wording, translation, form or speaker. */
    public record Change(String kind, String from, String to, String outlet) {
    }

    /** The changes of each rendering by statement id, read from a cluster of the analysis API. */
    public static Map<String, List<Change>> changes(JsonNode cluster) {
        Map<String, List<Change>> out = new HashMap<>();
        for (JsonNode r : Json.list(cluster, "renderings")) {
            List<Change> cs = new ArrayList<>();
            for (JsonNode c : Json.list(r, "spread")) {
                cs.add(new Change(Json.text(c, "kind", ""), Json.text(c, "from", ""), Json.text(c, "to", ""),
                        Json.text(c, "outlet", "")));
            }
            out.put(Json.any(r, "statementId"), List.copyOf(cs));
        }
        return out;
    }

    /** Renderings without a publication time are left out of the drawing and listed last. */
    public static SpreadTimeline of(List<StatementV> renderings, Map<String, List<Change>> changes, Map<String, String> t) {
        List<StatementV> sorted = new ArrayList<>(renderings);
        sorted.sort(Comparator.comparing((StatementV s) -> time(s.publishedAt()) == null)
                .thenComparing(s -> s.publishedAt() == null ? "" : s.publishedAt()).thenComparing(StatementV::outlet));
        List<Entry> entries = new ArrayList<>();
        for (StatementV s : sorted) {
            List<String> notes = new ArrayList<>();
            for (Change c : changes.getOrDefault(s.id(), List.of())) {
                switch (c.kind()) {
                    case "first" -> notes.add(word(t, "spread.first", "first"));
                    case "same_wording" -> notes.add(word(t, "spread.sameWording", "same wording as") + " " + c.outlet());
                    case "translation" -> notes.add(word(t, "spread.translation", "translation") + " (" + c.from() + " → " + c.to() + ")");
                    case "form" -> notes.add(word(t, "spread.form", "form") + ": " + formWord(t, c.from()) + " → " + formWord(t, c.to()));
                    case "speaker" -> notes.add(word(t, "spread.speaker", "speaker") + ": " + c.to());
                    default -> { } // a kind this page does not know yet is left out
                }
            }
            entries.add(new Entry(s, s.date(), List.copyOf(notes)));
        }
        return new SpreadTimeline(List.copyOf(entries), svg(entries, t));
    }

    private static String formWord(Map<String, String> t, String form) {
        String fc = Views.formClass(form);
        return word(t, "form." + fc, fc);
    }

    private static OffsetDateTime time(String iso) {
        if (iso == null || iso.isBlank()) return null;
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String word(Map<String, String> t, String key, String fallback) {
        String v = t == null ? null : t.get(key);
        return v == null ? fallback : v;
    }

    /** One row per rendering: outlet on the left, a dot at its publication time coloured by form, its notes. */
    static String svg(List<Entry> entries, Map<String, String> t) {
        List<OffsetDateTime> times = new ArrayList<>();
        for (Entry e : entries) {
            OffsetDateTime x = time(e.s().publishedAt());
            if (x != null) times.add(x);
        }
        if (times.isEmpty()) return "";
        long t0 = times.stream().mapToLong(OffsetDateTime::toEpochSecond).min().orElse(0);
        long t1 = times.stream().mapToLong(OffsetDateTime::toEpochSecond).max().orElse(0);
        long span = Math.max(1, t1 - t0);
        int height = ROW * entries.size() + 34;
        StringBuilder b = new StringBuilder(512 + 200 * entries.size());
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spread\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" aria-label=\"")
                .append(esc(word(t, "spread.title", "How the statement spread"))).append("\">");
        b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(height - 24).append("\" x2=\"").append(LEFT + PLOT)
                .append("\" y2=\"").append(height - 24).append("\" stroke=\"#888\"/>");
        b.append("<text x=\"").append(LEFT).append("\" y=\"").append(height - 8).append("\" font-size=\"11\">")
                .append(esc(entries.get(0).when())).append("</text>");
        if (t1 > t0) {
            String last = "";
            for (Entry e : entries) {
                OffsetDateTime x = time(e.s().publishedAt());
                if (x != null && x.toEpochSecond() == t1) last = e.when();
            }
            b.append("<text x=\"").append(LEFT + PLOT).append("\" y=\"").append(height - 8)
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(esc(last)).append("</text>");
        }
        int row = 0;
        for (Entry e : entries) {
            int y = 18 + row * ROW;
            b.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4)
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(esc(shorten(e.s().outlet(), 20))).append("</text>");
            OffsetDateTime x = time(e.s().publishedAt());
            if (x != null) {
                int cx = LEFT + (int) Math.round((double) (x.toEpochSecond() - t0) / span * PLOT);
                b.append("<circle cx=\"").append(cx).append("\" cy=\"").append(y).append("\" r=\"6\" class=\"form-")
                        .append(esc(e.s().formClass())).append("\" fill=\"").append(colour(e.s().formClass()))
                        .append("\"><title>").append(esc(e.s().outlet() + " · " + e.when() + " · " + word(t, e.s().formKey(), e.s().formClass())))
                        .append("</title></circle>");
                if (!e.notes().isEmpty()) {
                    boolean right = cx < LEFT + PLOT * 0.6;
                    b.append("<text x=\"").append(right ? cx + 10 : cx - 10).append("\" y=\"").append(y + 4)
                            .append("\" font-size=\"11\"").append(right ? "" : " text-anchor=\"end\"").append(">")
                            .append(esc(shorten(String.join(" · ", e.notes()), 70))).append("</text>");
                }
            }
            row++;
        }
        return b.append("</svg>").toString();
    }

    private static String colour(String formClass) {
        return switch (formClass) {
            case "direct" -> "#1f5fa8";
            case "indirect" -> "#c0701a";
            case "reported" -> "#6a7f2a";
            default -> "#777";
        };
    }

    private static String shorten(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** XML escaping of text and attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') b.append(c);
                }
            }
        }
        return b.toString();
    }
}
