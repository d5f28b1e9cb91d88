package org.whosaid.analysis.engine.extract.rules;

import java.util.List;
import java.util.Set;

import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;

/**
 * An English headline, sub-heading or bullet line (no final punctuation) whose subject says something: "Mayor Okafor
 * says negotiators made real progress", "• Harbour chief says that the pier will stay shut". The line opens (after a
 * bullet) with a person, role or institution and one of {@link #SAYS}; the words after it (and after "that") are that
 * subject's {@code Indirect} statement. The body-sentence rules skip such lines; the German headline forms are
 * {@link HeadlineClaim} and {@link HeadlineColon}.
 */
public final class EnglishHeadlineSays {
    public static final String RULE = "headline-says";
    static final int MAX_TOKENS = 40;
    /** the content needs at least this many words */
    static final int MIN_WORDS = 3;
    private static final Set<String> SAYS = Set.of("says", "said", "insists", "insisted", "claims", "claimed", "warns",
            "warned", "believes", "thinks", "admits", "admitted", "predicts", "predicted", "argues", "argued");

    private EnglishHeadlineSays() {}

    public static void apply(Document doc, List<Draft> out) {
        if (doc.german()) return;
        for (Sentence s : doc.sentences) {
            if (!s.body || !s.headline || s.tokenCount() < 4 || s.tokenCount() > MAX_TOKENS) continue;
            Draft d = says(doc, s);
            if (d != null) out.add(d);
        }
    }

    private static Draft says(Document doc, Sentence s) {
        List<Token> tk = doc.tokens;
        int start = s.firstToken;
        while (start < s.endToken && tk.get(start).isPunct()) start++; // a bullet
        Mention subject = null;
        for (Mention m : SentenceMentions.starting(doc, start, start + 1)) subject = m;
        if (subject == null || subject.kind == Mention.Kind.PLACE || subject.kind == Mention.Kind.PRONOUN
                || subject.endToken >= s.endToken) return null;
        int v = subject.endToken;
        if (!SAYS.contains(tk.get(v).lower()) || doc.quoteAround(tk.get(v).start) != null) return null;
        int k = v + 1;
        if (k < s.endToken && tk.get(k).is("that")) k++;
        if (s.endToken - k < MIN_WORDS || !tk.get(k).isWord() && doc.quoteAround(tk.get(k).start) == null) return null;
        int end = s.end;
        while (end > tk.get(k).start && Character.isWhitespace(doc.text.charAt(end - 1))) end--;
        Draft d = new Draft(Form.Indirect, RULE, s.index, 0.7);
        d.quote.add(new Span(tk.get(k).start, end));
        d.speaker = subject;
        d.cue.add(new Span(tk.get(v).start, tk.get(v).end));
        d.frame.add(new Span(subject.start, tk.get(k - 1).end));
        d.evidence.add(RULE + ": headline line '" + tk.get(v).text + "' after its subject");
        return d;
    }
}
