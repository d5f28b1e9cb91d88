package org.whosaid.web.service;

import io.quarkus.qute.TemplateData;
import org.whosaid.web.service.Views.StatementV;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a statement spread: its renderings in order of publication, each with what changed against the renderings
 * before it — the first outlet, the same wording as an earlier outlet (a wire copy or near-verbatim: at least
 * {@link #SAME_WORDING} of the words in common), a translation (the first rendering in another language), a change of
 * form (direct → indirect) and a different speaker. Drawn server-side as an SVG a fact-checker reads at a glance (no
 * script), with the same entries as a list for screen readers and copying.
 *
 * <p>Example: AFP 09:12 direct (first); dpa 09:40 same wording as AFP; Tagesblatt 11:05 indirect (form: direct →
 * indirect); Ledger 12:30 English (translation).
 */
@TemplateData
public record SpreadTimeline(List<Entry> entries, String svg) {
    /** Share of words two renderings have in common above which one repeats the other's wording. */
    static final double SAME_WORDING = 0.9;
    private static final int ROW = 26, LEFT = 150, WIDTH = 720, PLOT = WIDTH - LEFT - 20;

    /** One rendering on the timeline; notes are page words of the current language. */
    @TemplateData
    public record Entry(StatementV s, String when, List<String> notes) {
    }

    /** Renderings without a publication time are left out of the drawing and listed last. */
    public static SpreadTimeline of(List<StatementV> renderings, Map<String, String> t) {
        List<StatementV> sorted = new ArrayList<>(renderings);
        sorted.sort(Comparator.comparing((StatementV s) -> time(s.publishedAt()) == null)
                .thenComparing(s -> s.publishedAt() == null ? "" : s.publishedAt()).thenComparing(StatementV::outlet));
        List<Entry> entries = new ArrayList<>();
        Map<String, StatementV> firstInLanguage = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            StatementV s = sorted.get(i);
            List<String> notes = new ArrayList<>();
            if (i == 0) notes.add(word(t, "spread.first", "first"));
            for (int j = 0; j < i; j++) {
                StatementV e = sorted.get(j);
                if (shared(e.quote(), s.quote()) >= SAME_WORDING) {
                    notes.add(word(t, "spread.sameWording", "same wording as") + " " + e.outlet());
                    break;
                }
            }
            String lang = s.language() == null ? "" : s.language();
            if (i > 0 && !lang.isEmpty() && !firstInLanguage.containsKey(lang)) {
                notes.add(word(t, "spread.translation", "translation") + " (" + sorted.get(0).language() + " → " + lang + ")");
            }
            if (!lang.isEmpty()) firstInLanguage.putIfAbsent(lang, s);
            if (i > 0 && !s.formClass().equals(sorted.get(i - 1).formClass())) {
                notes.add(word(t, "spread.form", "form") + ": " + word(t, sorted.get(i - 1).formKey(), sorted.get(i - 1).formClass())
                        + " → " + word(t, s.formKey(), s.formClass()));
            }
            if (i > 0 && !s.speakerShown().isEmpty() && !sorted.get(0).speakerShown().isEmpty()
                    && !s.speakerShown().equalsIgnoreCase(sorted.get(0).speakerShown())) {
                notes.add(word(t, "spread.speaker", "speaker") + ": " + s.speakerShown());
            }
            entries.add(new Entry(s, s.date(), List.copyOf(notes)));
        }
        return new SpreadTimeline(List.copyOf(entries), svg(entries, t));
    }

    /** Share of the longer rendering's words that the other has (case and punctuation ignored). */
    static double shared(String a, String b) {
        List<String> x = words(a), y = words(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        Map<String, Integer> count = new HashMap<>();
        for (String w : x) count.merge(w, 1, Integer::sum);
        int common = 0;
        for (String w : y) {
            Integer c = count.get(w);
            if (c != null && c > 0) {
                common++;
                count.put(w, c - 1);
            }
        }
        return (double) common / Math.max(x.size(), y.size());
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String w : WordDiff.tokens(s)) {
            if (Character.isLetterOrDigit(w.charAt(0))) out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
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
