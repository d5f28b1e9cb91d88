package org.whosaid.analysis.engine.align;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.eval.Extractors;
import org.whosaid.analysis.engine.eval.RealAlignDev;
import org.whosaid.analysis.engine.eval.RealAlignMetric;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Engine-only figures on the real align-dev set (no service, no database): every page extracted, statements grouped
 * with {@link Grouping} as the service does, then scored with the set's metric. Prints the figures and writes
 * {@code target/align-dev/statements.jsonl} (page, text, cluster, speaker) for the set's own Python scorers.
 * Run: {@code ./mvnw -B -q -o -pl analysis-service test -Dtest=RealAlignReport}. The product's figure is the API
 * path ({@code RealAlignApiTest}); this one is for fast iteration on the engine.
 */
class RealAlignReport {

    @Test
    void report() throws IOException {
        RealAlignDev dev = RealAlignDev.load();
        Extractor ex = Extractors.standard();
        Aligner aligner = Aligner.standard();
        List<StatementView> views = new ArrayList<>();
        Map<String, String> pageOf = new HashMap<>();
        long article = 1;
        for (RealAlignDev.Page p : dev.pages()) {
            ExtractionResult r = ex.extract(p.text(), p.lang());
            for (Statement s : r.statements()) {
                if (s.quote() == null) continue;
                String id = p.id() + "/" + s.id();
                views.add(new StatementView(id, article, p.outlet(), p.published(), r.language(),
                        s.speaker() == null ? null : s.speaker().entityId(),
                        s.speaker() == null ? null : s.speaker().name(), s.form() == null ? null : s.form().name(),
                        s.quote().text(), context(p.text(), s.quote().start(), s.quote().end()),
                        s.channel() == null ? null : s.channel().text(),
                        s.intermediary() == null ? null : s.intermediary().name() != null ? s.intermediary().name() : s.intermediary().text()));
                pageOf.put(id, p.id());
            }
            article++;
        }
        Map<String, String> cluster = Grouping.group(aligner, views);
        List<RealAlignMetric.SysStatement> sys = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        for (StatementView v : views) {
            sys.add(new RealAlignMetric.SysStatement(pageOf.get(v.statementId()), v.quote(), cluster.get(v.statementId()), v.speakerName()));
            jsonl.append(String.format("{\"page\":\"%s\",\"text\":%s,\"cluster\":\"%s\",\"speaker\":%s,\"id\":\"%s\"}%n",
                    pageOf.get(v.statementId()), q(v.quote()), cluster.get(v.statementId()), q(v.speakerName()), v.statementId()));
        }
        Path out = Path.of("target/align-dev");
        Files.createDirectories(out);
        Files.writeString(out.resolve("statements.jsonl"), jsonl, StandardCharsets.UTF_8);
        RealAlignMetric m = new RealAlignMetric(dev);
        System.out.println("align-dev (engine only), " + views.size() + " statements on " + dev.pages().size() + " pages");
        System.out.println("  links lenient: " + m.links(sys, false));
        System.out.println("  links strict:  " + m.links(sys, true));
        System.out.println("  oracle lenient: " + m.oracle(sys, false));
        System.out.print(RealAlignMetric.format(m.statements(sys)));
    }

    static String context(String text, int start, int end) {
        int s = start, limit = Math.max(0, start - 400);
        while (s > limit && !boundary(text, s - 1)) s--;
        int e = end, max = Math.min(text.length(), end + 400);
        while (e < max && !boundary(text, e)) e++;
        if (e < text.length()) e++;
        return text.substring(s, Math.min(e, text.length())).strip();
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') return true;
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    static String q(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
