package org.whosaid.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import org.whosaid.web.client.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a rendering's text into plain pieces and the pieces it shares with the reference (the analysis API's
 * {@code renderings[].matched}: character offsets into the quote text), so the cluster page can mark the shared words.
 * The text is never turned into markup: pieces are plain strings that Qute escapes. Offsets outside the text are cut
 * to it; no offsets (an older analysis-service) mean no marks.
 */
public final class SharedMarks {

    /** A run of the text; shared: one of the words the rendering shares with the reference. */
    @TemplateData
    public record Piece(String text, boolean shared) {
    }

    /** Offsets into a rendering's quote text, end exclusive. */
    public record Range(int start, int end) {
    }

    private SharedMarks() {
    }

    /** The ranges of a {@code [{start, end}]} list; entries without a valid start and end are left out. */
    public static List<Range> ranges(JsonNode spans) {
        List<Range> out = new ArrayList<>();
        for (JsonNode sp : Json.list(spans)) {
            int a = Json.intOf(sp, "start", -1);
            int b = Json.intOf(sp, "end", -1);
            if (a >= 0 && b > a) out.add(new Range(a, b));
        }
        return out;
    }

    /** The whole text in pieces. */
    public static List<Piece> pieces(String text, List<Range> ranges) {
        return pieces(text, 0, ranges);
    }

    /** A part of the text that stands at {@code offset} of the text the ranges point into, in pieces. */
    static List<Piece> pieces(String part, int offset, List<Range> ranges) {
        int n = part.length();
        boolean[] shared = new boolean[n];
        for (Range r : ranges) {
            for (int i = Math.max(0, r.start() - offset); i < Math.min(n, r.end() - offset); i++) shared[i] = true;
        }
        List<Piece> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || shared[i] != shared[from]) {
                out.add(new Piece(part.substring(from, i), shared[from]));
                from = i;
            }
        }
        return out.isEmpty() ? List.of(new Piece(part, false)) : out;
    }

    /** Neighbouring pieces of one kind joined, empty ones left out. */
    static List<Piece> joined(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.text().isEmpty()) continue;
            if (!out.isEmpty() && out.get(out.size() - 1).shared() == p.shared()) {
                out.add(new Piece(out.remove(out.size() - 1).text() + p.text(), p.shared()));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
