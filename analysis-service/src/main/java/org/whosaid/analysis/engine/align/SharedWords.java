package org.whosaid.analysis.engine.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.whosaid.analysis.engine.model.Span;

/**
 * Where the words two renderings share stand in their quotes: the terms {@link ContentScore} matched (the same word,
 * a German synonym, a German-English dictionary translation) traced back to the words of each quote they come from
 * (a compound when one of its parts matched). Evidence to show only: nothing here feeds a score or a decision.
 * Thread-safe.
 */
final class SharedWords {
    private final ContentScore contentScore;

    SharedWords(ContentScore contentScore) {
        this.contentScore = contentScore;
    }

    SharedSpans of(StatementView a, Signature sa, StatementView b, Signature sb) {
        if (a.quote() == null || b.quote() == null) return SharedSpans.NONE;
        String la = Text.lang(a.language(), a.quote()), lb = Text.lang(b.language(), b.quote());
        Set<String> hitA = new HashSet<>(), hitB = new HashSet<>();
        contentScore.match(la, sa, lb, sb, null, hitA, hitB);
        return new SharedSpans(spans(a.quote(), la, hitA), spans(b.quote(), lb, hitB));
    }

    /** The words of the quote whose term (or a compound part, or its weekday or month) is one of the hits. */
    static List<Span> spans(String quote, String lang, Set<String> hits) {
        if (quote == null || hits.isEmpty()) return List.of();
        List<Span> out = new ArrayList<>();
        for (Text.Tok t : Text.tokens(quote, lang)) {
            if (t.number()) continue;
            // as Signatures does: Freitag and Friday are the one term "friday"
            String calendar = Signatures.calendarTerm(t);
            boolean hit = calendar != null ? hits.contains(calendar)
                    : t.term() != null && (hits.contains(t.term()) || anyOf(t.parts(), hits));
            if (hit) out.add(new Span(t.start(), t.end()));
        }
        return out;
    }

    private static boolean anyOf(List<String> parts, Set<String> hits) {
        for (String p : parts) if (hits.contains(p)) return true;
        return false;
    }
}
