package org.whosaid.analysis.engine.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A word-level diff of two renderings, shown beside each other on the cluster page. Plain functions, thread-safe. */
final class WordDiff {
    private static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    private WordDiff() {
    }

    /**
     * Word-level diff of another rendering against the reference. Words compare case- and
     * punctuation-insensitively; ops keep the original words. Consecutive ops of one kind are merged.
     */
    static List<DiffOp> diff(String reference, String other) {
        List<String> ra = words(reference), rb = words(other);
        List<String> ka = keys(ra), kb = keys(rb);
        Patch<String> patch = DiffUtils.diff(ka, kb);
        List<DiffOp> out = new ArrayList<>();
        int ia = 0, ib = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sa = d.getSource().getPosition(), sb = d.getTarget().getPosition();
            if (sa > ia) out.add(new DiffOp("equal", join(ra, ia, sa), join(rb, ib, sb)));
            int ea = sa + d.getSource().size(), eb = sb + d.getTarget().size();
            String kind = switch (d.getType()) {
                case DELETE -> "delete";
                case INSERT -> "insert";
                case CHANGE -> "replace";
                default -> "equal";
            };
            out.add(new DiffOp(kind, join(ra, sa, ea), join(rb, sb, eb)));
            ia = ea;
            ib = eb;
        }
        if (ia < ra.size() || ib < rb.size()) out.add(new DiffOp("equal", join(ra, ia, ra.size()), join(rb, ib, rb.size())));
        return out;
    }

    private static List<String> words(String s) {
        if (s == null || s.isBlank()) return List.of();
        return List.of(WS.split(s.trim()));
    }

    private static List<String> keys(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String k = Text.fold(EDGE_PUNCT.matcher(w).replaceAll(""));
            out.add(k.isEmpty() ? w : k);
        }
        return out;
    }

    private static String join(List<String> w, int from, int to) {
        return from >= to ? "" : String.join(" ", w.subList(from, to));
    }
}
