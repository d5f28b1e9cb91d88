package org.whosaid.analysis.engine.eval;

import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Medium;
import org.whosaid.analysis.engine.model.Part;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the extractor's character spans onto a document's tokens: a token belongs to a span when their character
 * ranges overlap by at least one character (whitespace-only overlap cannot happen, tokens hold no whitespace).
 */
public final class TokenMapper {
    private final List<Token> tokens;
    private final int[] begins;

    public TokenMapper(List<Token> tokens) {
        this.tokens = tokens;
        this.begins = tokens.stream().mapToInt(Token::charBegin).toArray();
    }

    public Set<Integer> tokensOf(List<Span> spans) {
        Set<Integer> ids = new HashSet<>();
        if (spans == null) return ids;
        for (Span s : spans) {
            if (s.end() <= s.start()) continue;
            // first token that could overlap: the last token starting before s.start, then walk right
            int i = Arrays.binarySearch(begins, s.start());
            if (i < 0) i = Math.max(0, -i - 2);
            while (i > 0 && tokens.get(i - 1).charEnd() > s.start()) i--;
            for (; i < tokens.size() && tokens.get(i).charBegin() < s.end(); i++) {
                Token t = tokens.get(i);
                if (t.charEnd() > s.start()) ids.add(t.id());
            }
        }
        return ids;
    }

    public Set<Integer> tokensOf(Part part) {
        return part == null ? Set.of() : tokensOf(part.spans());
    }

    /** The statement as an annotation: quote, speaker mention, cue, frame and addressee spans as token sets. */
    public Annotation annotate(Statement s) {
        Map<Role, Set<Integer>> roles = new EnumMap<>(Role.class);
        roles.put(Role.QUOTE, tokensOf(s.quote()));
        roles.put(Role.SPEAKER, s.speaker() == null ? Set.of() : tokensOf(s.speaker().spans()));
        roles.put(Role.CUE, tokensOf(s.cue()));
        roles.put(Role.FRAME, tokensOf(s.frame()));
        roles.put(Role.ADDRESSEE, tokensOf(s.addressee()));
        return new Annotation(typeName(s.form()), mediumName(s.medium()), roles,
                s.rule() == null ? "(no rule)" : s.rule(), s);
    }

    static String typeName(Form f) {
        return f == null ? null : f.name();
    }

    static String mediumName(Medium m) {
        return m == null ? null : m.name();
    }
}
