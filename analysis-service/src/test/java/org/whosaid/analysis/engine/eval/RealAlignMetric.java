package org.whosaid.analysis.engine.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The align-dev metrics in Java, equal to the set's own {@code score.py} (same-utterance page-pair links) and
 * {@code score_statements.py} (statements found, speaker right): a system statement matches a gold item on its page
 * when it covers ≥ 50 % of the gold item's tokens (lenient) or their Dice ≥ 0.5 (strict).
 */
public final class RealAlignMetric {
    private static final Pattern TOK = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One system statement: page, text, cluster id, speaker shown. */
    public record SysStatement(String page, String text, String cluster, String speaker) {
    }

    public record LinkScore(int systemLinks, int correctLinks, double precision, int goldUnits, int recalled,
            double recall, double f1, int crossUnits, double crossRecall) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (links %d, correct %d; units %d/%d; cross-language R %.3f of %d)",
                    precision, recall, f1, systemLinks, correctLinks, recalled, goldUnits, crossRecall, crossUnits);
        }
    }

    private final RealAlignDev dev;
    private final Map<String, List<RealAlignDev.Gold>> goldByPage = new HashMap<>();
    private final Map<String, String> lang = new HashMap<>();

    public RealAlignMetric(RealAlignDev dev) {
        this.dev = dev;
        for (RealAlignDev.Gold g : dev.gold()) goldByPage.computeIfAbsent(g.page(), k -> new ArrayList<>()).add(g);
        for (RealAlignDev.Page p : dev.pages()) lang.put(p.id(), p.lang());
    }

    static Map<String, Integer> toks(String s) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = TOK.matcher(s == null ? "" : s);
        while (m.find()) out.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        return out;
    }

    static double overlap(Map<String, Integer> gt, Map<String, Integer> st, boolean strict) {
        int inter = 0, ng = 0, ns = 0;
        for (Map.Entry<String, Integer> e : gt.entrySet()) {
            inter += Math.min(e.getValue(), st.getOrDefault(e.getKey(), 0));
            ng += e.getValue();
        }
        for (int v : st.values()) ns += v;
        if (strict) return 2.0 * inter / (ng + ns);
        return (double) inter / ng;
    }

    /** The shared sids a statement matches on its page ({@code match_sids} of score.py). */
    public Set<String> matchSids(String page, String text, boolean strict) {
        Map<String, Integer> st = toks(text);
        Set<String> out = new TreeSet<>();
        if (st.isEmpty()) return out;
        for (RealAlignDev.Gold g : goldByPage.getOrDefault(page, List.of())) {
            Map<String, Integer> gt = toks(g.text());
            if (!gt.isEmpty() && g.shared() && overlap(gt, st, strict) >= 0.5) out.add(g.sid());
        }
        return out;
    }

    public Set<String> goldUnits() {
        Map<String, Set<String>> pages = new HashMap<>();
        for (RealAlignDev.Gold g : dev.gold()) if (g.shared()) pages.computeIfAbsent(g.sid(), k -> new TreeSet<>()).add(g.page());
        Set<String> units = new HashSet<>();
        for (Map.Entry<String, Set<String>> e : pages.entrySet()) {
            List<String> ps = new ArrayList<>(e.getValue());
            for (int i = 0; i < ps.size(); i++)
                for (int j = i + 1; j < ps.size(); j++) units.add(e.getKey() + "|" + ps.get(i) + "|" + ps.get(j));
        }
        return units;
    }

    /** Link precision / recall over clusters ({@code score.py}). */
    public LinkScore links(List<SysStatement> stmts, boolean strict) {
        Map<String, List<Integer>> byCluster = new LinkedHashMap<>();
        for (int i = 0; i < stmts.size(); i++) byCluster.computeIfAbsent(stmts.get(i).cluster(), k -> new ArrayList<>()).add(i);
        List<Set<String>> ms = new ArrayList<>();
        for (SysStatement s : stmts) ms.add(matchSids(s.page(), s.text(), strict));
        int links = 0, correct = 0;
        Set<String> hit = new HashSet<>();
        for (List<Integer> ids : byCluster.values())
            for (int x = 0; x < ids.size(); x++)
                for (int y = x + 1; y < ids.size(); y++) {
                    SysStatement a = stmts.get(ids.get(x)), b = stmts.get(ids.get(y));
                    if (a.page().equals(b.page())) continue;
                    links++;
                    Set<String> common = new HashSet<>(ms.get(ids.get(x)));
                    common.retainAll(ms.get(ids.get(y)));
                    if (!common.isEmpty()) correct++;
                    String p = a.page().compareTo(b.page()) < 0 ? a.page() + "|" + b.page() : b.page() + "|" + a.page();
                    for (String sid : common) hit.add(sid + "|" + p);
                }
        Set<String> units = goldUnits();
        hit.retainAll(units);
        int cross = 0, crossHit = 0;
        for (String u : units) {
            String[] f = u.split("\\|");
            if (!lang.get(f[1]).equals(lang.get(f[2]))) {
                cross++;
                if (hit.contains(u)) crossHit++;
            }
        }
        double p = links == 0 ? 0 : (double) correct / links;
        double r = units.isEmpty() ? 0 : (double) hit.size() / units.size();
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new LinkScore(links, correct, p, units.size(), hit.size(), r, f, cross, cross == 0 ? 0 : (double) crossHit / cross);
    }

    /**
     * The oracle: each system statement placed in the cluster of a gold sid it matches (the first, in sorted order),
     * so that the score shows what perfect grouping of these statements would reach.
     */
    public LinkScore oracle(List<SysStatement> stmts, boolean strict) {
        List<SysStatement> re = new ArrayList<>();
        int i = 0;
        for (SysStatement s : stmts) {
            Set<String> m = matchSids(s.page(), s.text(), strict);
            re.add(new SysStatement(s.page(), s.text(), m.isEmpty() ? "none-" + (i++) : m.iterator().next(), s.speaker()));
        }
        return links(re, strict);
    }

    /** Statements found and speakers right ({@code score_statements.py}), keyed "all", "de", "en", "direct", …. */
    public Map<String, int[]> statements(List<SysStatement> stmts) {
        Map<String, List<SysStatement>> byPage = new HashMap<>();
        for (SysStatement s : stmts) byPage.computeIfAbsent(s.page(), k -> new ArrayList<>()).add(s);
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String k : List.of("all", "de", "en", "direct", "indirect", "reported")) out.put(k, new int[3]);
        for (String l : List.of("de", "en"))
            for (String m : List.of("direct", "indirect", "reported")) out.put(l + "/" + m, new int[3]);
        for (RealAlignDev.Gold g : dev.gold()) {
            List<String> keys = List.of("all", lang.get(g.page()), g.mode(), lang.get(g.page()) + "/" + g.mode());
            Map<String, Integer> gt = toks(g.text());
            SysStatement hitS = null;
            for (SysStatement s : byPage.getOrDefault(g.page(), List.of())) {
                Map<String, Integer> st = toks(s.text());
                if (!gt.isEmpty() && !st.isEmpty() && overlap(gt, st, false) >= 0.5) {
                    hitS = s;
                    break;
                }
            }
            for (String k : keys) {
                int[] c = out.get(k);
                c[0]++;
                if (hitS != null) {
                    c[1]++;
                    if (speakerRight(g, hitS.speaker())) c[2]++;
                }
            }
        }
        return out;
    }

    public static String format(Map<String, int[]> counts) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] == 0) continue;
            sb.append(String.format(Locale.ROOT, "%-12s found %d/%d = %.2f   speaker right %d/%d = %.2f%n", e.getKey(),
                    c[1], c[0], (double) c[1] / c[0], c[2], c[1], (double) c[2] / Math.max(1, c[1])));
        }
        return sb.toString();
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        return n.replaceAll("\\p{M}", "");
    }

    static String skel(String s) {
        s = fold(s);
        String[][] rep = {{"tsch", "ch"}, {"sch", "sh"}, {"kh", "h"}, {"w", "v"}, {"j", "y"}, {"z", "s"}, {"ck", "k"}, {"ph", "f"}};
        for (String[] r : rep) s = s.replace(r[0], r[1]);
        return s.replaceAll("[aeiouy]", "");
    }

    /** {@code right()} of score_statements.py: the gold surname, a transliteration or the gold surface is in the name. */
    public static boolean speakerRight(RealAlignDev.Gold g, String name) {
        String n = fold(name);
        String[] parts = g.speaker().split(" ");
        String last = fold(parts[parts.length - 1]);
        if (!last.isEmpty() && n.contains(last)) return true;
        if (g.speakerSurface() != null && n.contains(fold(g.speakerSurface()))) return true;
        String sl = skel(last);
        if (sl.isEmpty()) return false;
        for (String w : n.split("\\s+")) {
            if (w.isEmpty()) continue;
            String sw = skel(w);
            if (sw.substring(0, Math.min(4, sw.length())).equals(sl.substring(0, Math.min(4, sl.length())))) return true;
        }
        return false;
    }
}
