package org.whosaid.ingest.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One paste being cleaned: its non-empty lines and, per line, the kind a rule gave it and that rule's name, with the
 * fields the rules found on the way. E.g. after the header rules the line "Von Erika Muster" has kind "other", rule
 * "byline", and "Erika Muster" is in {@link #authors}; an unmarked line (kind null) is body text.
 */
final class PastedPage {
    final List<String> lines = new ArrayList<>();
    final int n;
    /** section kind, or "title"/"kicker"/"date"/"drop" or null = body */
    final String[] kind;
    final String[] rule;
    final Map<String, String> prov = new LinkedHashMap<>();
    final LinkedHashSet<String> agencies = new LinkedHashSet<>();
    final LinkedHashSet<String> authors = new LinkedHashSet<>();
    String creditOutlet;
    String leadingAgency;
    String title;
    String kicker;
    String dateLine;
    int titleIdx = -1;

    PastedPage(String text) {
        for (String l : TextSanitizer.sanitize(text).split("\n")) {
            String t = l.strip().replaceAll("[ \\t]{2,}", " ");
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        n = lines.size();
        kind = new String[n];
        rule = new String[n];
    }

    /** Gives line {@code i} the kind {@code k} (a section such as "captions", or "other") and names the rule. */
    void mark(int i, String k, String r) {
        kind[i] = k;
        rule[i] = r;
    }

    /** The index of the first line from {@code from} on that no rule has marked, or -1. */
    int firstUnmarked(int from) {
        for (int i = from; i < kind.length; i++) {
            if (kind[i] == null) {
                return i;
            }
        }
        return -1;
    }

    /** The indexes of the lines before {@code end} that no rule has marked yet: the header lines. */
    List<Integer> unmarkedBefore(int end) {
        List<Integer> header = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (kind[i] == null) {
                header.add(i);
            }
        }
        return header;
    }
}
