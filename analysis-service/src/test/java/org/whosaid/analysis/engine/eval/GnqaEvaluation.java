package org.whosaid.analysis.engine.eval;

import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs an extractor over gnqa documents and scores it with {@link AttributionMetric}, keeping what a developer needs
 * to see where it fails: missed gold statements by type, unpaired system statements by rule, speaker and cue errors
 * in pairs, with examples.
 */
public final class GnqaEvaluation {
    /** Counters for one group (a gold type or a system rule). */
    public static final class Group {
        public int total, paired;
        public final Counts message = new Counts();
        public final List<String> examples = new ArrayList<>();
    }

    /** Speaker/cue outcome counters over pairs, keyed by system rule. */
    public static final class RoleErrors {
        public int right, partial, wrong, missing, spurious;
        public final List<String> examples = new ArrayList<>();
    }

    private final int maxExamples;
    public final Counts message = new Counts(), roles = new Counts(), joint = new Counts();
    public final Map<Role, Counts> perRole = new EnumMap<>(Role.class);
    public final Map<String, Group> goldByType = new TreeMap<>();
    public final Map<String, Group> systemByRule = new TreeMap<>();
    public final Map<String, RoleErrors> speakerByRule = new TreeMap<>();
    public final Map<String, RoleErrors> cueByRule = new TreeMap<>();
    public int documents, goldStatements, systemStatements;
    /** When non-null, every document's pairs and unpaired statements are written here. */
    public StringBuilder dump;
    public long extractNanos, characters;

    public GnqaEvaluation(int maxExamples) {
        this.maxExamples = maxExamples;
        for (Role r : Role.values()) perRole.put(r, new Counts());
    }

    public static GnqaEvaluation run(Extractor extractor, List<GnqaDocument> docs, int maxExamples) {
        return run(extractor, docs, maxExamples, false);
    }

    public static GnqaEvaluation run(Extractor extractor, List<GnqaDocument> docs, int maxExamples, boolean dump) {
        GnqaEvaluation e = new GnqaEvaluation(maxExamples);
        if (dump) e.dump = new StringBuilder();
        for (GnqaDocument d : docs) {
            long t0 = System.nanoTime();
            ExtractionResult result = extractor.extract(d.text(), "de");
            e.extractNanos += System.nanoTime() - t0;
            e.add(d, result.statements());
        }
        return e;
    }

    public AttributionMetric.Result add(GnqaDocument d, List<Statement> statements) {
        TokenMapper mapper = new TokenMapper(d.tokens());
        List<Annotation> system = statements.stream().map(mapper::annotate).toList();
        AttributionMetric.Result r = AttributionMetric.score(d.gold(), system);
        documents++;
        characters += d.text().length();
        goldStatements += d.gold().size();
        systemStatements += system.size();
        message.add(r.message());
        roles.add(r.roles());
        joint.add(r.joint());
        for (Role role : Role.values()) {
            Counts c = perRole.get(role);
            c.add(r.role(role, r.pairs()));
            for (Annotation a : r.unpairedGold()) c.fn += a.role(role).size();
            for (Annotation a : r.unpairedSystem()) c.fp += a.role(role).size();
        }
        if (dump != null) dump(d, r);
        for (AttributionMetric.Pair p : r.pairs()) {
            Counts q = AttributionMetric.compare(p.system().role(Role.QUOTE), p.gold().role(Role.QUOTE));
            Group g = goldByType.computeIfAbsent(p.gold().type(), k -> new Group());
            g.total++;
            g.paired++;
            g.message.add(q);
            Group s = systemByRule.computeIfAbsent(p.system().label(), k -> new Group());
            s.total++;
            s.paired++;
            s.message.add(q);
            roleOutcome(speakerByRule, Role.SPEAKER, d, p);
            roleOutcome(cueByRule, Role.CUE, d, p);
        }
        for (Annotation a : r.unpairedGold()) {
            Group g = goldByType.computeIfAbsent(a.type(), k -> new Group());
            g.total++;
            g.message.fn += a.role(Role.QUOTE).size();
            example(g.examples, d, a, "missed");
        }
        for (Annotation a : r.unpairedSystem()) {
            Group s = systemByRule.computeIfAbsent(a.label(), k -> new Group());
            s.total++;
            s.message.fp += a.role(Role.QUOTE).size();
            example(s.examples, d, a, "false positive");
        }
        return r;
    }

    private void dump(GnqaDocument d, AttributionMetric.Result r) {
        dump.append("\n== ").append(d.name()).append("  joint ").append(r.joint().format()).append('\n');
        for (AttributionMetric.Pair p : r.pairs()) {
            dump.append(String.format(Locale.ROOT, "  PAIR quote-F1 %.2f%n", p.quoteF1()));
            line("    gold", d, p.gold());
            line("    sys ", d, p.system());
        }
        for (Annotation a : r.unpairedGold()) line("  MISSED", d, a);
        for (Annotation a : r.unpairedSystem()) line("  EXTRA ", d, a);
    }

    private void line(String prefix, GnqaDocument d, Annotation a) {
        dump.append(prefix).append(' ').append(a.type()).append('/').append(a.medium()).append(" [")
                .append(a.label()).append("]\n");
        for (Role role : Role.values())
            if (!a.role(role).isEmpty())
                dump.append("        ").append(role.jsonName).append(": ").append(d.tokenText(a.role(role))).append('\n');
    }

    private void roleOutcome(Map<String, RoleErrors> byRule, Role role, GnqaDocument d, AttributionMetric.Pair p) {
        Set<Integer> sys = p.system().role(role), gold = p.gold().role(role);
        RoleErrors e = byRule.computeIfAbsent(p.system().label(), k -> new RoleErrors());
        String kind;
        if (gold.isEmpty() && sys.isEmpty()) return;
        if (gold.isEmpty()) {
            e.spurious++;
            kind = "spurious";
        } else if (sys.isEmpty()) {
            e.missing++;
            kind = "missing";
        } else if (sys.equals(gold)) {
            e.right++;
            return;
        } else if (AttributionMetric.compare(sys, gold).tp > 0) {
            e.partial++;
            kind = "partial";
        } else {
            e.wrong++;
            kind = "wrong";
        }
        if (e.examples.size() < maxExamples) {
            e.examples.add(String.format("%s: system [%s] gold [%s] | quote: %s | %s", kind, d.tokenText(sys),
                    d.tokenText(gold), clip(d.tokenText(p.gold().role(Role.QUOTE))), d.name()));
        }
    }

    private void example(List<String> into, GnqaDocument d, Annotation a, String what) {
        if (into.size() >= maxExamples) return;
        into.add(String.format("%s %s/%s: quote [%s] speaker [%s] cue [%s] | %s", what, a.type(), a.medium(),
                clip(d.tokenText(a.role(Role.QUOTE))), d.tokenText(a.role(Role.SPEAKER)),
                d.tokenText(a.role(Role.CUE)), d.name()));
    }

    private static String clip(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }

    /** The headline: Message / Roles / Joint P/R/F1. */
    public String summary() {
        return "Message " + message.format() + "\n"
                + "Roles   " + roles.format() + "\n"
                + "Joint   " + joint.format() + "\n";
    }

    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "documents %d, gold statements %d, system statements %d, "
                        + "extraction %.1f s (%.1f articles/s, single thread, includes warm-up)%n",
                documents, goldStatements, systemStatements, extractNanos / 1e9,
                extractNanos == 0 ? 0 : documents / (extractNanos / 1e9)));
        sb.append(summary());
        sb.append("\nper role (micro over tokens):\n");
        perRole.forEach((r, c) -> sb.append(String.format("  %-9s %s%n", r.jsonName, c.format())));
        sb.append("\ngold statements by type (paired = found; message = quote tokens of this type's gold):\n");
        goldByType.forEach((t, g) -> sb.append(String.format(Locale.ROOT, "  %-22s %4d gold, %4d found (%5.1f%%)  message %s%n",
                t, g.total, g.paired, pct(g.paired, g.total), g.message.format())));
        sb.append("\nsystem statements by rule (paired = matched a gold statement; message = quote tokens of this rule):\n");
        systemByRule.forEach((t, g) -> sb.append(String.format(Locale.ROOT, "  %-30s %4d made, %4d paired (%5.1f%%)  message %s%n",
                t, g.total, g.paired, pct(g.paired, g.total), g.message.format())));
        appendRoleErrors(sb, "speaker", speakerByRule);
        appendRoleErrors(sb, "cue", cueByRule);
        sb.append("\nexamples of missed gold statements, by type:\n");
        goldByType.forEach((t, g) -> g.examples.forEach(x -> sb.append("  ").append(x).append('\n')));
        sb.append("\nexamples of unpaired system statements (false positives), by rule:\n");
        systemByRule.forEach((t, g) -> g.examples.forEach(x -> sb.append("  [").append(t).append("] ").append(x).append('\n')));
        if (dump != null) sb.append("\nper document:\n").append(dump);
        return sb.toString();
    }

    private static void appendRoleErrors(StringBuilder sb, String role, Map<String, RoleErrors> byRule) {
        sb.append("\n").append(role).append(" in paired statements, by rule (exact / partial overlap / wrong / "
                + "missing in system / system has one, gold none):\n");
        byRule.forEach((rule, e) -> sb.append(String.format("  %-30s exact %4d  partial %4d  wrong %4d  missing %4d  spurious %4d%n",
                rule, e.right, e.partial, e.wrong, e.missing, e.spurious)));
        sb.append("  examples:\n");
        byRule.forEach((rule, e) -> e.examples.forEach(x -> sb.append("    [").append(rule).append("] ").append(x).append('\n')));
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
