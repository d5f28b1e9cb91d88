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
import java.util.Set;

/**
 * English content before a closing "subject + verb" clause: "The talks were useful, Rubio said.", "The ferry will run
 * from June, Piet Alders, a spokesman for the port, told reporters." The clause after the last comma must be the
 * subject mention (an adverb may follow it) and the verb, with at most an addressee or time phrase after the verb; the
 * content is the sentence before that comma. Quotes are left to the quote rules. Also finds the subject of a verb
 * preceded by a relative clause ("X, who leads the board, said …"). Bounded windows only.
 */
public final class EnglishSubjectCue {
    public static final String RULE = "content-then-subject-cue";
    static final int RELATIVE_WINDOW = 14;
    static final int MAX_AFTER_VERB = 5;
    private static final Set<String> ADVERBS = Set.of("also", "later", "then", "again", "further", "previously", "earlier");
    private static final Set<String> RELATIVE = Set.of("who", "which", "whose");
    /** "for his part", "in turn", "however", "meanwhile", "too": a short aside between subject and verb */
    private static final Set<String> PARENTHETICAL = Set.of("for", "in", "however", "meanwhile", "too", "also", "though");

    private EnglishSubjectCue() {}

    /** {@code cs}: first token of the cue clause; {@code last}: whether the cue clause ends the sentence */
    public static Draft apply(Document doc, Sentence s, Cue c, int cs, boolean last) {
        if (doc.german() || c.kind != Cue.Kind.VERB || c.act || !last || cs <= s.firstToken + 2) return null;
        List<Token> tk = doc.tokens;
        int v = c.token;
        // nothing but a short addressee or time phrase after the verb ("told reporters", "said on Sunday")
        if (s.endToken - v > MAX_AFTER_VERB + 2 && !mediumWithRelative(doc, s, v)) return null;
        if (!tk.get(cs - 1).is(",")) return null;
        Mention subj = null;
        for (Mention m : SentenceMentions.starting(doc, cs, v)) {
            if (m.token != cs) break;
            int e = m.endToken;
            while (e < v && (ADVERBS.contains(tk.get(e).lower()) || tk.get(e).is(","))) e++;
            if (e == v) subj = m;
        }
        if (subj == null || subj.kind == Mention.Kind.PLACE || subj.governed) return null;
        Token before = tk.get(cs - 2);
        if (isQuoteMark(before.text)) return null; // "“…,” Rubio said": the quote rules take it
        int end = tk.get(cs - 1).start;
        int start = s.start;
        if (end - start < 12 || doc.quoteAround(start) != null && doc.quoteAround(end - 1) != null) return null;
        Draft d = new Draft(Form.Indirect, RULE, s.index, 0.8);
        d.quote.add(new Span(start, end));
        d.speaker = subj;
        d.frame.add(new Span(tk.get(cs).start, tk.get(Math.min(s.endToken, v + 1) - 1).end));
        d.evidence.add(RULE + ": content before ', " + doc.slice(subj.start, subj.end) + " " + tk.get(v).text + "'");
        return d;
    }

    /** "said in a video the ministry posted online": the medium phrase and its relative clause are all that follows */
    private static boolean mediumWithRelative(Document doc, Sentence s, int v) {
        int k = Clauses.skipTimePhrase(doc, s, v + 1);
        return k > v + 1 && ReducedRelative.after(doc, s, k);
    }

    /**
     * "X, who leads the board, said …", "X, for his part, confirmed …", "X, writing on Telegram, said …": the mention before the relative clause or
     * parenthetical that ends right before the cue clause
     */
    public static Mention relativeSubject(Document doc, Sentence s, int cs) {
        if (doc.german() || cs <= s.firstToken + 2 || !doc.tokens.get(cs - 1).is(",")) return null;
        List<Token> tk = doc.tokens;
        for (int k = cs - 2; k > s.firstToken && k >= cs - RELATIVE_WINDOW; k--) {
            if (!tk.get(k).is(",")) continue;
            boolean parenthetical = cs - 1 - (k + 1) <= 3 && PARENTHETICAL.contains(tk.get(k + 1).lower());
            // "X, writing on Telegram, said …", "X, speaking to reporters, said …": a participle phrase
            String w = tk.get(k + 1).text;
            boolean participle = w.length() > 5 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0));
            if (!RELATIVE.contains(tk.get(k + 1).lower()) && !parenthetical && !participle) return null;
            Mention best = null;
            for (Mention m : SentenceMentions.starting(doc, Math.max(s.firstToken, k - 10), k)) {
                if (m.endToken == k && !m.governed && m.kind != Mention.Kind.PLACE) best = m;
            }
            return best;
        }
        return null;
    }

    /**
     * "The terminal operator, Harbour Cranes Ltd, said it would …": a short noun phrase opening the sentence and a name
     * between commas right before the verb are one subject, not content and speaker
     */
    public static Mention appositionSubject(Document doc, Sentence s, int cs) {
        if (doc.german() || cs <= s.firstToken + 2 || cs - s.firstToken > 10 || !doc.tokens.get(cs - 1).is(",")) return null;
        List<Token> tk = doc.tokens;
        if (!tk.get(s.firstToken).isAny("The", "A", "An", "Its", "His", "Her", "Their")) return null;
        int commas = 0;
        for (int k = s.firstToken; k < cs - 1; k++) if (tk.get(k).is(",")) commas++;
        if (commas != 1) return null;
        for (Mention m : SentenceMentions.starting(doc, s.firstToken + 1, cs)) {
            if (m.endToken == cs - 1 && tk.get(m.token - 1).is(",") && m.kind != Mention.Kind.PLACE) return m;
        }
        return null;
    }

    private static boolean isQuoteMark(String t) {
        return t.equals("\"") || t.equals("“") || t.equals("”") || t.equals("’") || t.equals("»") || t.equals("«");
    }
}
