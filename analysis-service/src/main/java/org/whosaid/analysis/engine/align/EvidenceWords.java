package org.whosaid.analysis.engine.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evidence in the words of the texts: the "terms" line of a {@link Link} names the matched words by their stems and
 * lemmas ("strid=fortschritt"); a fact-checker reads them as they appear in the two renderings ("strides =
 * Fortschritte"). Only the links the service keeps are rewritten, so the comparison itself stays lean. Thread-safe.
 */
final class EvidenceWords {
    private static final int CACHE_MAX = 20_000;
    private final ConcurrentHashMap<String, Map<String, String>> cache = new ConcurrentHashMap<>();

    /** The link with its terms line in the words of the two quotes; other lines unchanged. */
    Link readable(Link link, StatementView a, StatementView b) {
        List<String> ev = link.evidence();
        List<String> out = null;
        for (int i = 0; i < ev.size(); i++) {
            String line = ev.get(i);
            int colon = line.indexOf(": ");
            if (!line.startsWith("terms ") || colon < 0 || colon + 2 >= line.length()) continue;
            Map<String, String> sa = surfaces(a), sb = surfaces(b);
            List<String> items = new ArrayList<>();
            for (String item : line.substring(colon + 2).split(", ")) items.add(item(item.trim(), sa, sb));
            if (out == null) out = new ArrayList<>(ev);
            out.set(i, line.substring(0, colon + 2) + String.join(", ", items));
        }
        return out == null ? link : new Link(link.score(), link.relation(), out, link.weight());
    }

    /** "fortschritt" → "Fortschritte / Fortschritten"; "strid=fortschritt" → "strides = Fortschritte". */
    private static String item(String item, Map<String, String> sa, Map<String, String> sb) {
        for (String sep : new String[] {"=", "~", "≈"}) {
            int k = item.indexOf(sep);
            if (k > 0) {
                String l = item.substring(0, k), r = item.substring(k + 1);
                String ls = sa.containsKey(l) ? sa.get(l) : sb.getOrDefault(l, l);
                String rs = sb.containsKey(r) ? sb.get(r) : sa.getOrDefault(r, r);
                return ls + " " + sep + " " + rs;
            }
        }
        String x = sa.get(item), y = sb.get(item);
        if (x == null && y == null) return item;
        if (x == null || y == null || x.equalsIgnoreCase(y)) return x != null ? x : y;
        return x + " / " + y;
    }

    /** Term or compound part → the first word of the quote it comes from; cached per statement. */
    private Map<String, String> surfaces(StatementView v) {
        if (v.quote() == null) return Map.of();
        String key = v.statementId() == null ? null : v.statementId() + "|" + v.quote().hashCode();
        if (key != null) {
            Map<String, String> m = cache.get(key);
            if (m != null) return m;
        }
        Map<String, String> m = new HashMap<>();
        for (Text.Tok t : Text.tokens(v.quote(), Text.lang(v.language(), v.quote()))) {
            if (t.term() == null) continue;
            m.putIfAbsent(t.term(), t.surface());
            for (String p : t.parts()) m.putIfAbsent(p, t.surface());
        }
        if (key != null) {
            if (cache.size() > CACHE_MAX) cache.clear();
            cache.put(key, m);
        }
        return m;
    }
}
