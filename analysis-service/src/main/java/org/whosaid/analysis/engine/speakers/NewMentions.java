package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;

import static org.whosaid.analysis.engine.speakers.Governed.governed;

import java.util.List;

/**
 * Records a mention a scanner found: the span of tokens {@code from}–{@code to} ("die Sprecherin Eva Brandt") becomes a
 * {@link Mention} with its head ("Eva Brandt"), role and qualifier, marked {@link Governed} or not (English "after the
 * president said …" is a conjunction before a speaker, not a preposition), and a full name's surname is remembered for
 * the rest of the text ({@link KnownSurnames}).
 */
final class NewMentions {
    private NewMentions() {}

    static void add(Document doc, List<Mention> out, Mention.Kind kind, int from, int to, Sentence s,
                    String head, String role, String qualifier) {
        List<Token> tk = doc.tokens;
        Mention m = new Mention(kind, from, to, tk.get(from).start, tk.get(to - 1).end, s.index, head, role, qualifier);
        m.governed = governed(doc, s, from, kind, head);
        // English "after the president said …": a conjunction, not a preposition, when a speech verb follows the mention
        if (m.governed && !doc.german() && from > s.firstToken && tk.get(from - 1).isAny("after", "before", "as", "than")
                && InitialNames.cueAt(doc, to)) m.governed = false;
        out.add(m);
        KnownSurnames.remember(doc, kind, head);
    }
}
