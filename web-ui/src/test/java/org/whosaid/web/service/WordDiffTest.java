package org.whosaid.web.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordDiffTest {
    @Test
    void marksReplacedAndAddedWords() {
        List<WordDiff.Tok> d = WordDiff.diff("Der neue Deich wird im Mai fertig.", "Der neue Deich wird im Juni fertig, sagte sie.");
        assertTrue(d.contains(new WordDiff.Tok("del", "Mai")), d.toString());
        assertTrue(d.contains(new WordDiff.Tok("ins", "Juni")), d.toString());
        assertTrue(d.stream().anyMatch(t -> t.ins() && t.text().contains("sagte sie")), d.toString());
    }

    @Test
    void sharedWordsAreMarkedInsideTheDiffAndTheTextStaysVerbatim() {
        String other = "Der neue Deich wird im Juni fertig, sagte sie.";
        int d = other.indexOf("Deich");
        int j = other.indexOf("Juni");
        List<WordDiff.Tok> diff = WordDiff.diff("Der neue Deich wird im Mai fertig.", other,
                List.of(new SharedMarks.Range(d, d + 5), new SharedMarks.Range(j, j + 4)));
        WordDiff.Tok eq = diff.get(0);
        assertEquals("Der neue Deich wird im", eq.text());
        assertEquals(List.of(new SharedMarks.Piece("Der neue ", false), new SharedMarks.Piece("Deich", true),
                new SharedMarks.Piece(" wird im", false)), eq.pieces());
        WordDiff.Tok ins = diff.stream().filter(WordDiff.Tok::ins).findFirst().orElseThrow();
        assertEquals(List.of(new SharedMarks.Piece("Juni", true)), ins.pieces());
        for (WordDiff.Tok t : diff) {
            assertEquals(t.text(), String.join("", t.pieces().stream().map(SharedMarks.Piece::text).toList()), t.toString());
        }
    }

    @Test
    void caseAccentsAndQuoteMarksDoNotCount() {
        assertTrue(WordDiff.identical(WordDiff.diff("„Über den Deich“", "\"über den Deich\"")));
    }

    @Test
    void highlighterCutsAtSpansAndKeepsTextVerbatim() throws Exception {
        var m = new com.fasterxml.jackson.databind.ObjectMapper();
        String text = "A <b>x</b> said: \"yes\".";
        var st = m.readTree("[{\"id\":\"5-s-1\",\"articleId\":5,\"form\":\"Direct\",\"quote\":{\"text\":\"yes\",\"spans\":[{\"start\":18,\"end\":21}]}}]");
        List<Highlighter.Segment> segs = Highlighter.segments(text, java.util.List.of(st.get(0)));
        assertEquals(text, String.join("", segs.stream().map(Highlighter.Segment::text).toList()));
        Highlighter.Segment q = segs.stream().filter(Highlighter.Segment::marked).findFirst().orElseThrow();
        assertEquals("yes", q.text());
        assertEquals("s-1", q.stmt());
        assertEquals(List.of("s-1"), q.anchors());
    }
}
