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
import java.time.LocalDate;
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
        AlignConfig d = AlignConfig.defaults();
        Aligner aligner = new Aligner(new AlignConfig(Double.parseDouble(System.getProperty("whosaid.align.same", "" + d.sameThreshold())),
                d.relatedThreshold(), d.maxDaysApart(), d.maxCandidates()), Lexicon.standard());
        List<StatementView> views = new ArrayList<>();
        Map<String, String> pageOf = new HashMap<>();
        long article = 1;
        for (RealAlignDev.Page p : dev.pages()) {
            ExtractionResult r = ex.extract(p.text(), p.lang());
            for (Statement s : r.statements()) {
                if (s.quote() == null) continue;
                StatementView v = view(p, s, article, r.language());
                views.add(v);
                pageOf.put(v.statementId(), p.id());
            }
            article++;
        }
        List<Grouping.Edge> edges = Grouping.edges(aligner, views);
        List<Grouping.Node> nodes = new ArrayList<>();
        Map<String, Long> articleOf = new HashMap<>();
        Map<String, StatementView> byId = new HashMap<>();
        for (StatementView v : views) {
            nodes.add(new Grouping.Node(v.statementId(), v.articleId(), null));
            articleOf.put(v.statementId(), v.articleId());
            byId.put(v.statementId(), v);
        }
        List<List<String>> groups = Grouping.cluster(nodes, edges, aligner.config().sameThreshold());
        Map<String, String> cluster = new HashMap<>();
        for (List<String> g : groups) for (String id : g) cluster.put(id, g.get(0));
        List<RealAlignMetric.SysStatement> sys = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        for (StatementView v : views) {
            sys.add(new RealAlignMetric.SysStatement(pageOf.get(v.statementId()), v.quote(), cluster.get(v.statementId()), v.speakerName()));
            jsonl.append(String.format("{\"page\":\"%s\",\"text\":%s,\"cluster\":\"%s\",\"speaker\":%s,\"id\":\"%s\"}%n",
                    pageOf.get(v.statementId()), q(v.quote()), cluster.get(v.statementId()), q(v.speakerName()), v.statementId()));
        }
        // a rendering that also carries a second cluster's utterance is listed there too (AlsoRenders)
        int also = 0;
        if (!Boolean.getBoolean("whosaid.align.no-also")) {
            for (AlsoRenders.Also a : AlsoRenders.find(groups, articleOf, edges, aligner.config().alsoThreshold())) {
                StatementView v = byId.get(a.statementId());
                String c = groups.get(a.group()).get(0);
                sys.add(new RealAlignMetric.SysStatement(pageOf.get(v.statementId()), v.quote(), c, v.speakerName()));
                jsonl.append(String.format("{\"page\":\"%s\",\"text\":%s,\"cluster\":\"%s\",\"speaker\":%s,\"id\":\"%s\",\"also\":true}%n",
                        pageOf.get(v.statementId()), q(v.quote()), c, q(v.speakerName()), v.statementId()));
                also++;
            }
        }
        Path out = Path.of("target/align-dev");
        Files.createDirectories(out);
        Files.writeString(out.resolve("statements.jsonl"), jsonl, StandardCharsets.UTF_8);
        RealAlignMetric m = new RealAlignMetric(dev);
        System.out.println("align-dev (engine only), " + views.size() + " statements on " + dev.pages().size() + " pages, "
                + also + " also shown in a second cluster");
        System.out.println("  links lenient: " + m.links(sys, false));
        System.out.println("  links strict:  " + m.links(sys, true));
        System.out.println("  oracle lenient: " + m.oracle(sys, false));
        System.out.print(RealAlignMetric.format(m.statements(sys)));
        if (Boolean.getBoolean("whosaid.align.explain")) explain(dev, m, views, pageOf, aligner, cluster);
    }

    /** For every gold sid, each pair of matching statements on different pages that is not linked, with the evidence. */
    static void explain(RealAlignDev dev, RealAlignMetric m, List<StatementView> views, Map<String, String> pageOf,
            Aligner aligner, Map<String, String> cluster) throws IOException {
        StringBuilder sb = new StringBuilder();
        StringBuilder csv = new StringBuilder("a,b,label,anygold,weight,rel,sizeA,sizeB,ev\n");
        Map<String, Signature> sigs = new HashMap<>();
        for (StatementView v : views) sigs.put(v.statementId(), aligner.signature(v));
        for (int i = 0; i < views.size(); i++)
            for (int j = i + 1; j < views.size(); j++) {
                StatementView a = views.get(i), b = views.get(j);
                if (pageOf.get(a.statementId()).equals(pageOf.get(b.statementId()))) continue;
                Set<String> sa = m.matchSids(pageOf.get(a.statementId()), a.quote(), false);
                Set<String> sb2 = m.matchSids(pageOf.get(b.statementId()), b.quote(), false);
                Set<String> common = new java.util.TreeSet<>(sa);
                common.retainAll(sb2);
                boolean linked = cluster.get(a.statementId()).equals(cluster.get(b.statementId()));
                Link l = aligner.compare(a, sigs.get(a.statementId()), b, sigs.get(b.statementId()));
                csv.append(a.statementId()).append(',').append(b.statementId()).append(',').append(common.isEmpty() ? 0 : 1).append(',')
                        .append(sa.isEmpty() || sb2.isEmpty() ? 0 : 1).append(',').append(l.weight()).append(',').append(l.relation()).append(',')
                        .append(sigs.get(a.statementId()).terms().size()).append(',').append(sigs.get(b.statementId()).terms().size()).append(',')
                        .append(q(String.join(" | ", l.evidence()))).append('\n');
                if (common.isEmpty() == !linked) continue; // linked and right, or apart and right
                sb.append(common.isEmpty() ? "FALSE " + sa + " vs " + sb2 : "MISSED " + common).append('\n')
                        .append("  A ").append(a.statementId()).append(" [").append(a.speakerName()).append("] ").append(a.quote()).append('\n')
                        .append("  B ").append(b.statementId()).append(" [").append(b.speakerName()).append("] ").append(b.quote()).append('\n')
                        .append("  ").append(String.join(" | ", l.evidence())).append('\n');
            }
        Files.writeString(Path.of("target/align-dev/explain.txt"), sb, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/align-dev/pairs.csv"), csv, StandardCharsets.UTF_8);
    }

    /** What alignment sees of an extracted statement of a page, as the service stores it (entity id left to the registry). */
    static StatementView view(RealAlignDev.Page p, Statement s, long article, String language) {
        return new StatementView(p.id() + "/" + s.id(), article, p.outlet(), p.published(), language,
                s.speaker() == null ? null : s.speaker().entityId(),
                s.speaker() == null ? null : s.speaker().name(), s.form() == null ? null : s.form().name(),
                s.quote().text(), context(p.text(), s.quote().start(), s.quote().end()),
                s.channel() == null ? null : s.channel().text(),
                s.intermediary() == null ? null : s.intermediary().name() != null ? s.intermediary().name() : s.intermediary().text(),
                s.speaker() == null || StatementView.named(s.speaker().resolution()),
                p.published() == null ? UndatedDay.of(p.text(), s.quote().start(), LocalDate.now()) : null);
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
