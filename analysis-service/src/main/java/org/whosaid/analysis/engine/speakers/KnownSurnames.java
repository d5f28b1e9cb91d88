package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.Document;

import java.util.HashSet;
import java.util.Set;

/**
 * Surnames of the full names a text has already introduced ("Jonas Wettberg"): a later capitalised word equal to one
 * of them ("sagte Wettberg") is that person even when the dictionary reads it as a compound noun. Kept per text.
 */
public final class KnownSurnames {
    private static final String KEY = KnownSurnames.class.getName();

    private KnownSurnames() {}

    @SuppressWarnings("unchecked")
    private static Set<String> set(Document doc) {
        return (Set<String>) doc.cache.computeIfAbsent(KEY, k -> new HashSet<String>());
    }

    static void remember(Document doc, Mention.Kind kind, String head) {
        if (kind != Mention.Kind.NAME || head == null) return;
        int sp = head.lastIndexOf(' ');
        if (sp <= 0 || sp == head.length() - 1) return;
        String last = head.substring(sp + 1);
        if (last.length() > 2 && Character.isUpperCase(last.charAt(0))) set(doc).add(last);
    }

    public static boolean known(Document doc, String word) {
        Object s = doc.cache.get(KEY);
        return s != null && ((Set<?>) s).contains(word);
    }
}
