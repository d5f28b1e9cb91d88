package org.whosaid.ingest.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level diff between two bodies (java-diff-utils over word-and-space tokens). */
public final class WordDiff {

    /** One run of equal, inserted or deleted text. */
    public record Op(String kind, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    public static List<Op> diff(String from, String to) {
        List<String> a = tokens(from);
        List<String> b = tokens(to);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Op> ops = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int start = d.getSource().getPosition();
            if (start > pos) {
                add(ops, "equal", String.join("", a.subList(pos, start)));
            }
            add(ops, "delete", String.join("", d.getSource().getLines()));
            add(ops, "insert", String.join("", d.getTarget().getLines()));
            pos = start + d.getSource().size();
        }
        if (pos < a.size()) {
            add(ops, "equal", String.join("", a.subList(pos, a.size())));
        }
        return ops;
    }

    private static void add(List<Op> ops, String kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!ops.isEmpty() && ops.get(ops.size() - 1).kind().equals(kind)) {
            Op last = ops.remove(ops.size() - 1);
            ops.add(new Op(kind, last.text() + text));
        } else {
            ops.add(new Op(kind, text));
        }
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s == null ? "" : s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
