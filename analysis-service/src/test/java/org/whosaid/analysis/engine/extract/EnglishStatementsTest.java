package org.whosaid.analysis.engine.extract;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.GermanStatementsTest.assertSpansMatch;
import static org.whosaid.analysis.engine.extract.GermanStatementsTest.find;

/** English is a first-class language: the same checks on fictional English news text. */
class EnglishStatementsTest {
    private static final Pipeline P = Pipeline.standard();
    private static final String TEXT = """
            Harbour council approves new ferry line

            The council of Port Elwin voted on Tuesday to open a second ferry line. "We have waited ten years for this," said Mayor Linda Okafor. She added that the first boats would sail in May.

            According to the transport office, the line will cost four million pounds a year. Councillor Tom Rees told reporters the budget was far too optimistic. "Nobody has asked the fishermen," he said.
            """;

    @Test
    void languageIsDetected() {
        assertEquals("en", P.extract(TEXT, null).language());
    }

    @Test
    void quoteCommaSaidName() {
        ExtractionResult r = P.extract(TEXT, "en");
        Statement s = find(r, "We have waited ten years");
        assertEquals(Form.Direct, s.form());
        assertEquals("Linda Okafor", s.speaker().name());
        assertEquals("said", s.cue().text());
        assertEquals("We have waited ten years for this", s.quote().text(), "trailing comma inside the quote is dropped");
        assertSpansMatch(TEXT, s.quote());
    }

    @Test
    void addedThatWithPronoun() {
        Statement s = find(P.extract(TEXT, "en"), "first boats would sail");
        assertEquals(Form.Indirect, s.form());
        assertEquals("She", s.speaker().text());
        assertEquals("Linda Okafor", s.speaker().name());
    }

    @Test
    void accordingTo() {
        Statement s = find(P.extract(TEXT, "en"), "four million pounds");
        assertEquals("According to", s.cue().text());
        assertTrue(s.speaker().text().contains("transport office"));
        assertFalse(s.quote().text().contains("According"));
    }

    @Test
    void toldReportersHasAddressee() {
        Statement s = find(P.extract(TEXT, "en"), "budget was far too optimistic");
        assertEquals("Tom Rees", s.speaker().name());
        assertNotNull(s.addressee());
        assertEquals("reporters", s.addressee().text());
    }

    @Test
    void quoteCommaPronounSaid() {
        Statement s = find(P.extract(TEXT, "en"), "Nobody has asked the fishermen");
        assertEquals("he", s.speaker().text());
        assertEquals("Tom Rees", s.speaker().name());
    }

    @Test
    void aVideoTheOfficePostedIsNoContent() {
        String text = "Chancellor Mara Lindqvist met the harbour union for a \"useful\" three-hour meeting Monday, but more work "
                + "needs to be done, Tom Berger, a spokesman for the chancellor, said in a video the ministry posted online.\n\n"
                + "Tom Berger said in a statement the ferry would keep running. He said in an interview the pier was shared by "
                + "three towns.";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "more work needs to be done");
        assertEquals("Tom Berger", s.speaker().name());
        assertTrue(s.quote().text().startsWith("Chancellor Mara Lindqvist met"), s.quote().text());
        assertTrue(r.statements().stream().noneMatch(x -> x.quote().text().contains("ministry posted")), r.statements().toString());
        assertEquals("the ferry would keep running", find(r, "ferry would keep").quote().text());
        assertEquals("the pier was shared by three towns", find(r, "pier was shared").quote().text());
    }

    @Test
    void aBulletLineWhereSomeoneSaysIsTheirStatement() {
        String text = "Harbour talks end\n\n  \u2022 Mayor Okafor says negotiators made 'real progress,' with the open points "
                + "called 'minor'\n\nThe council met on Tuesday. Councillor Tom Rees said negotiators had worked hard, with "
                + "the last session running late.";
        ExtractionResult r = P.extract(text, "en");
        Statement bullet = find(r, "negotiators made");
        assertEquals("Mayor Okafor", bullet.speaker().text());
        assertEquals("headline-says", bullet.rule());
        assertEquals("negotiators made 'real progress,' with the open points called 'minor'", bullet.quote().text());
        Statement body = find(r, "worked hard");
        assertEquals("negotiators had worked hard, with the last session running late", body.quote().text());
        assertEquals("Tom Rees", body.speaker().name());
    }

    @Test
    void aWithPhraseAfterTheCommaIsNoContent() {
        String text = "The council reported progress after what both sides described as the most useful talks to date, "
                + "with Mayor Linda Okafor praising the talks. Okafor said on Sunday, as the talks ended, the pier would stay shut.";
        ExtractionResult r = P.extract(text, "en");
        assertTrue(r.statements().stream().noneMatch(x -> x.quote().text().startsWith("with Mayor")), r.statements().toString());
        assertEquals("as the talks ended, the pier would stay shut", find(r, "pier would stay shut").quote().text());
    }
}
