package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.layer.QuoteSpan;

import java.util.List;
import java.util.Set;

/**
 * A German article right before a short quoted name is an organisation or a medium written in quotation marks: "Die
 * „Hafenpost“ berichtete, …", "Wie die „Initiative Grüne Mole“ mitteilte, …", "das „Küstenbüro Nord“ der Stadt". The
 * mention (INSTITUTION) runs from the article to the closing mark, its head is the quoted name. Only a quote of at
 * most {@link #MAX_WORDS} words that opens with a capital letter, and only straight after the article (a role noun
 * before the quote, "die Zeitung „Hafenpost“", is {@link PhraseWidening}'s case); one look at one quote per article.
 */
final class QuotedNames {
    private QuotedNames() {}

    static final boolean ENABLED = !Boolean.getBoolean("whosaid.noQuotedNames");
    static final int MAX_WORDS = 5;
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "des", "dem", "den");

    /** Reads "Det „Name“" at token i into {@code out}; returns the token after the closing mark, or -1 when there is none. */
    static int read(Document doc, Sentence s, int i, List<Mention> out) {
        List<Token> tk = doc.tokens;
        if (!ENABLED || i + 2 >= s.endToken || !ARTICLES.contains(tk.get(i).lower())) return -1;
        Token open = tk.get(i + 1);
        if (!open.isAny("„", "\"", "»")) return -1;
        QuoteSpan q = doc.quoteAround(open.start);
        if (q == null || q.start != open.start || q.words < 1 || q.words > MAX_WORDS) return -1;
        Token first = tk.get(i + 2);
        if (!first.isWord() || !first.isCapitalized()) return -1;
        int end = i + 2;
        while (end < s.endToken && tk.get(end).start < q.end) end++;
        if (end <= i + 2 || tk.get(end - 1).end != q.end) return -1;
        NewMentions.add(doc, out, Mention.Kind.INSTITUTION, i, end, s, doc.slice(q.innerStart, q.innerEnd).strip(), null, null);
        return end;
    }
}
