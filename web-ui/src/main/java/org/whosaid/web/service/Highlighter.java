package org.whosaid.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import org.whosaid.web.client.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into segments at every statement span (quote, speaker, cue) so the template can mark them.
 * The text itself is never turned into markup: segments are plain strings that Qute escapes.
 * Where statements nest (a speaker quoting someone) the innermost quote wins.
 */
public final class Highlighter {

    /** kind: "" plain, "quote", "speaker", "cue"; stmt: the statement the mark belongs to; anchors: ids starting here. */
    @TemplateData
    public record Segment(String text, String kind, String stmt, String formClass, List<String> anchors) {
        public boolean marked() { return !kind.isEmpty(); }
    }

    private record Mark(int start, int end, String kind, String stmt, String formClass) {}

    private Highlighter() {}

    public static List<Segment> segments(String text, List<JsonNode> statements) {
        int n = text.length();
        List<Mark> marks = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        List<String> startIds = new ArrayList<>();
        for (JsonNode s : statements) {
            String id = Views.localId(Json.any(s, "id", "statementId"), Json.longOf(s, "articleId", -1));
            String fc = Views.formClass(Json.text(s, "form"));
            int first = Integer.MAX_VALUE;
            for (String role : new String[]{"quote", "speaker", "cue"}) {
                JsonNode part = Json.field(s, role);
                for (JsonNode sp : Json.list(part, "spans")) {
                    int a = Math.max(0, Math.min(n, Json.intOf(sp, "start", -1)));
                    int b = Math.max(0, Math.min(n, Json.intOf(sp, "end", -1)));
                    if (Json.intOf(sp, "start", -1) < 0 || b <= a) continue;
                    marks.add(new Mark(a, b, role, id, fc));
                    if (role.equals("quote")) first = Math.min(first, a);
                }
            }
            if (first == Integer.MAX_VALUE) {
                for (Mark m : marks) if (m.stmt().equals(id)) first = Math.min(first, m.start());
            }
            if (first != Integer.MAX_VALUE && !id.isEmpty()) {
                starts.add(new int[]{first});
                startIds.add(id);
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(n);
        marks.forEach(m -> { cuts.add(m.start()); cuts.add(m.end()); });
        starts.forEach(s -> cuts.add(s[0]));
        List<Segment> out = new ArrayList<>();
        Integer prev = null;
        for (Integer c : cuts) {
            if (prev != null && c > prev) {
                int a = prev;
                int b = c;
                Mark best = null;
                for (Mark m : marks) {
                    if (m.start() <= a && b <= m.end() && better(m, best)) best = m;
                }
                List<String> anchors = new ArrayList<>();
                for (int i = 0; i < starts.size(); i++) if (starts.get(i)[0] == a && !anchors.contains(startIds.get(i))) anchors.add(startIds.get(i));
                out.add(best == null
                        ? new Segment(text.substring(a, b), "", "", "", anchors)
                        : new Segment(text.substring(a, b), best.kind(), best.stmt(), best.formClass(), anchors));
            }
            prev = c;
        }
        return out;
    }

    /** Quote marks beat speaker and cue marks; among quotes the later-starting (inner) one wins. */
    private static boolean better(Mark m, Mark best) {
        if (best == null) return true;
        int pm = m.kind().equals("quote") ? 2 : 1;
        int pb = best.kind().equals("quote") ? 2 : 1;
        if (pm != pb) return pm > pb;
        return m.start() > best.start() || (m.start() == best.start() && m.end() < best.end());
    }
}
