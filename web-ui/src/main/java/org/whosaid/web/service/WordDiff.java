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

    /** pieces: the text with the words the rendering shares with the reference marked ({@link SharedMarks}). */
    @TemplateData
    public record Tok(String kind, String text, List<SharedMarks.Piece> pieces) {
        public Tok {
            pieces = pieces == null || pieces.isEmpty() ? List.of(new SharedMarks.Piece(text, false)) : List.copyOf(pieces);
        }

        public Tok(String kind, String text) {
            this(kind, text, null);
        }

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

    /** A word of the other rendering and where it stands in its text. */
    private record Word(String text, int start) {
    }

    private static List<Word> words(String s) {
        List<Word> out = new ArrayList<>();
        if (s == null) return out;
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(new Word(m.group(), m.start()));
        return out;
    }

    public static List<Tok> diff(String reference, String other) {
        return diff(reference, other, List.of());
    }

    /** As {@link #diff(String, String)}, the other rendering's words inside {@code shared} (offsets into other) marked. */
    public static List<Tok> diff(String reference, String other, List<SharedMarks.Range> shared) {
        List<String> a = tokens(reference);
        List<Word> words = words(other);
        List<String> b = words.stream().map(Word::text).toList();
        List<String> na = a.stream().map(WordDiff::norm).toList();
        List<String> nb = b.stream().map(WordDiff::norm).toList();
        Patch<String> patch = DiffUtils.diff(na, nb);
        List<Tok> out = new ArrayList<>();
        int ia = 0;
        int ib = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sa = d.getSource().getPosition();
            int sb = d.getTarget().getPosition();
            while (ia < sa && ib < sb) { out.add(tok("eq", words.get(ib), shared)); ia++; ib++; }
            for (int i = 0; i < d.getSource().size(); i++) out.add(new Tok("del", a.get(sa + i)));
            for (int i = 0; i < d.getTarget().size(); i++) out.add(tok("ins", words.get(sb + i), shared));
            ia = sa + d.getSource().size();
            ib = sb + d.getTarget().size();
        }
        while (ib < b.size()) { out.add(tok("eq", words.get(ib), shared)); ib++; }
        return merge(out);
    }

    private static Tok tok(String kind, Word w, List<SharedMarks.Range> shared) {
        return new Tok(kind, w.text(), SharedMarks.pieces(w.text(), w.start(), shared));
    }

    /** Joins neighbouring tokens of one kind into one run (so a replaced phrase reads as one del and one ins). */
    private static List<Tok> merge(List<Tok> toks) {
        List<Tok> out = new ArrayList<>();
        for (Tok t : toks) {
            if (!out.isEmpty() && out.get(out.size() - 1).kind().equals(t.kind())) {
                Tok last = out.remove(out.size() - 1);
                String sep = separator(last.text(), t.text());
                List<SharedMarks.Piece> pieces = new ArrayList<>(last.pieces());
                pieces.add(new SharedMarks.Piece(sep, false));
                pieces.addAll(t.pieces());
                out.add(new Tok(t.kind(), last.text() + sep + t.text(), SharedMarks.joined(pieces)));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** What stands between two joined tokens: nothing before closing punctuation and after an opening one. */
    private static String separator(String a, String b) {
        if (b.length() == 1 && ",.;:!?)»“”\"".contains(b)) return "";
        if (a.endsWith("(") || a.endsWith("„") || a.endsWith("«")) return "";
        return " ";
    }

    public static boolean identical(List<Tok> d) {
        return d.stream().allMatch(Tok::eq);
    }
}
