package org.whosaid.web.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import io.quarkus.qute.TemplateData;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level difference of a rendering against the reference rendering: words compare case-, accent- and
 * quote-mark-insensitively; the result keeps the other rendering's words as written (eq / ins) and the reference's
 * missing words (del).
 */
public final class WordDiff {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’.,-][\\p{L}\\p{M}\\p{N}]+)*|[^\\s\\p{L}\\p{M}\\p{N}]");

    @TemplateData
    public record Tok(String kind, String text) {
        public boolean eq() { return "eq".equals(kind); }
        public boolean ins() { return "ins".equals(kind); }
        public boolean del() { return "del".equals(kind); }
    }

    private WordDiff() {}

    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    static String norm(String t) {
        String n = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return n.replaceAll("[\"'„“”‚‘’«»‹›]", "\"");
    }

    public static List<Tok> diff(String reference, String other) {
        List<String> a = tokens(reference);
        List<String> b = tokens(other);
        List<String> na = a.stream().map(WordDiff::norm).toList();
        List<String> nb = b.stream().map(WordDiff::norm).toList();
        Patch<String> patch = DiffUtils.diff(na, nb);
        List<Tok> out = new ArrayList<>();
        int ia = 0;
        int ib = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sa = d.getSource().getPosition();
            int sb = d.getTarget().getPosition();
            while (ia < sa && ib < sb) { out.add(new Tok("eq", b.get(ib))); ia++; ib++; }
            for (int i = 0; i < d.getSource().size(); i++) out.add(new Tok("del", a.get(sa + i)));
            for (int i = 0; i < d.getTarget().size(); i++) out.add(new Tok("ins", b.get(sb + i)));
            ia = sa + d.getSource().size();
            ib = sb + d.getTarget().size();
        }
        while (ib < b.size()) { out.add(new Tok("eq", b.get(ib))); ib++; }
        return merge(out);
    }

    /** Joins neighbouring tokens of one kind into one run (so a replaced phrase reads as one del and one ins). */
    private static List<Tok> merge(List<Tok> toks) {
        List<Tok> out = new ArrayList<>();
        for (Tok t : toks) {
            if (!out.isEmpty() && out.get(out.size() - 1).kind().equals(t.kind())) {
                Tok last = out.remove(out.size() - 1);
                out.add(new Tok(t.kind(), join(last.text(), t.text())));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static String join(String a, String b) {
        if (b.length() == 1 && ",.;:!?)»“”\"".contains(b)) return a + b;
        if (a.endsWith("(") || a.endsWith("„") || a.endsWith("«")) return a + b;
        return a + " " + b;
    }

    public static boolean identical(List<Tok> d) {
        return d.stream().allMatch(Tok::eq);
    }
}
