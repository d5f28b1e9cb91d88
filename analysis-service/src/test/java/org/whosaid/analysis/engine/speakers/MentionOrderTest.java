package org.whosaid.analysis.engine.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.eval.RealAlignDev;
import org.whosaid.analysis.engine.layer.Document;

/**
 * The mentions layer is in text order (token, then sentence, never decreasing): the rules and the resolver find the
 * mentions near a word by binary search in it (issue 15), so a stage that broke the order would silently skip
 * mentions. Checked on the real pages of align-dev (read from ../shared at test time) and on invented text.
 */
class MentionOrderTest {

    private static void assertOrdered(Document d, String what) {
        for (int i = 1; i < d.mentions.size(); i++) {
            assertTrue(d.mentions.get(i - 1).token <= d.mentions.get(i).token
                    && d.mentions.get(i - 1).sentence <= d.mentions.get(i).sentence, what + ": " + d.mentions.get(i - 1) + " before " + d.mentions.get(i));
        }
    }

    @Test
    void mentionsAreInTextOrder() throws Exception {
        Pipeline p = Pipeline.standard();
        assertOrdered(p.analyse("Bürgermeisterin Ilse Brandtner und der Hafenmeister Jens Wettberg trafen sich. „Wir sind einig“, "
                + "sagte Brandtner. Wettberg, der Sprecher des Verbands, widersprach: „Das stimmt nicht.“ Er sagte der Zeitung, man warte.", "de"), "invented");
        for (RealAlignDev.Page page : RealAlignDev.load().pages()) assertOrdered(p.analyse(page.text(), page.lang()), page.id());
    }
}
