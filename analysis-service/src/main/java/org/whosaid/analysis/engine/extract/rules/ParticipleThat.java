package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;

/**
 * English participle clause after a main clause: "X thanked the delegation, adding that work would continue",
 * "…, noting that the documents were new", "…, saying simply that …". The content is the that-clause to the end of the
 * sentence; the speaker is the main clause's: the speaker of an earlier statement in the same sentence, else its
 * subject. Looks at most {@link #MAX_ADVERBS} words between the participle and "that".
 */
public final class ParticipleThat {
    public static final String RULE = "participle-that";
    private static final int MAX_ADVERBS = 2;

    private ParticipleThat() {}

    public static Draft apply(Document doc, Sentence s, Cue c, List<Draft> out) {
        if (doc.german() || c.kind != Cue.Kind.VERB) return null;
        List<Token> tk = doc.tokens;
        int v = c.token;
        if (v <= s.firstToken + 1 || !tk.get(v).lower().endsWith("ing")) return null;
        // ", adding" or ',” adding' (a quote closed before the participle)
        int comma = tk.get(v - 1).is(",") ? v - 1 : isQuoteClose(tk.get(v - 1).text) && tk.get(v - 2).is(",") ? v - 2 : -1;
        if (comma < 0) return null;
        int k = v + 1;
        while (k < s.endToken && k - v <= MAX_ADVERBS && adverb(tk.get(k))) k++;
        if (k >= s.endToken || !tk.get(k).is("that")) return null;
        k++;
        if (k >= s.endToken || !tk.get(k).isWord() && doc.quoteAround(tk.get(k).start) == null) return null;
        int end = s.end;
        while (end > s.start && ".!?".indexOf(doc.text.charAt(end - 1)) >= 0) end--;
        int from = tk.get(k).start;
        if (end - from < 8) return null;
        Draft d = new Draft(Form.Indirect, RULE, s.index, 0.8);
        d.quote.add(new Span(from, end));
        Draft main = null;
        for (int i = out.size() - 1; i >= 0 && out.get(i).sentence >= s.index; i--) {
            Draft o = out.get(i);
            if (o.sentence == s.index && o.speaker != null && o.start() < tk.get(v).start) { main = o; break; }
        }
        Mention sp = main != null ? main.speaker : cueSubjectBefore(doc, s, comma);
        if (sp == null) sp = SentenceMentions.subject(doc, s.firstToken, comma);
        d.speaker = sp;
        d.frame.add(new Span(tk.get(v).start, tk.get(k - 1).end));
        d.evidence.add(RULE + ": participle '" + tk.get(v).text + "' after the main clause; speaker "
                + (main != null ? "of the main clause's statement" : "is the main clause's subject"));
        return d;
    }

    /** "…, he said, adding": the subject right before (or after) the speech verb that ends at the comma */
    private static Mention cueSubjectBefore(Document doc, Sentence s, int comma) {
        List<Token> tk = doc.tokens;
        int verb = comma - 1;
        if (verb <= s.firstToken || !isVerbCue(doc, verb)) {
            // "…, said Rubio, adding"
            for (Mention m : SentenceMentions.starting(doc, Math.max(s.firstToken, comma - 6), comma)) {
                if (m.endToken == comma && m.token > s.firstToken && isVerbCue(doc, m.token - 1)) return m;
            }
            return null;
        }
        for (Mention m : SentenceMentions.starting(doc, Math.max(s.firstToken, verb - 6), verb)) {
            if (m.endToken == verb && !m.governed) return m;
        }
        return null;
    }

    private static boolean isVerbCue(Document doc, int tok) {
        return Cues.verbAt(doc, tok);
    }

    private static boolean isQuoteClose(String t) {
        return t.equals("\"") || t.equals("”") || t.equals("’") || t.equals("«") || t.equals("“");
    }

    private static boolean adverb(Token t) {
        return t.isWord() && !t.isCapitalized() && (t.lower().endsWith("ly") || t.isAny("also", "only", "again", "further"));
    }
}
