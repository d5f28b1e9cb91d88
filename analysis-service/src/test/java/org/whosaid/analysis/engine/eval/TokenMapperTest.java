package org.whosaid.analysis.engine.eval;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenMapperTest {
    static final String TEXT = "„Wir bauen weiter“, sagte Bürgermeisterin Ilka Strom am Dienstag.";

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+|\\S").matcher(text);
        while (m.find()) out.add(new Token(out.size(), m.group(), m.start(), m.end(), 1));
        return out;
    }

    @Test
    void spansMapToEveryTokenTheyTouch() {
        List<Token> tokens = tokenize(TEXT);
        TokenMapper mapper = new TokenMapper(tokens);
        int q0 = TEXT.indexOf("Wir"), q1 = TEXT.indexOf("“");
        assertEquals(Set.of(1, 2, 3), mapper.tokensOf(List.of(new Span(q0, q1))));
        // a span cutting into a word takes the whole token; whitespace alone takes none
        int s = TEXT.indexOf("Ilka");
        assertEquals(Set.of(8, 9), mapper.tokensOf(List.of(new Span(s + 2, s + 7))));
        assertEquals(Set.of(), mapper.tokensOf(List.of(new Span(s - 1, s))));
        // discontinuous spans
        int c = TEXT.indexOf("sagte");
        assertEquals(Set.of(6, 8, 9), mapper.tokensOf(List.of(new Span(c, c + 5), new Span(s, s + 9))));
        // whole text
        assertEquals(tokens.size(), mapper.tokensOf(List.of(new Span(0, TEXT.length()))).size());
    }
}
