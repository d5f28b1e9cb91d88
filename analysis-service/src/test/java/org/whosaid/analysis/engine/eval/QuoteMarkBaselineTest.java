package org.whosaid.analysis.engine.eval;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outside check of the metric: corpus/README.md says quotes inside „…“ alone reach a message F1 of about 30 on
 * gnqa. The quotation-marks baseline, scored by our metric on dev, must land there, with no role tokens at all.
 */
class QuoteMarkBaselineTest {

    @Test
    void quotationMarksAloneScoreAboutThirtyMessageF1OnDev() {
        var docs = GnqaDocument.readDirectory(SharedCorpus.require("gnqa2024/dev"));
        GnqaEvaluation e = GnqaEvaluation.run(new QuoteMarkBaseline(), docs, 0);
        assertTrue(e.message.f1() > 0.25 && e.message.f1() < 0.35, e.summary());
        assertEquals(0, e.roles.tp + e.roles.fp);
    }

    @Test
    void cliWritesTheReport(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path dev = SharedCorpus.require("gnqa2024/dev");
        Path out = tmp.resolve("report.txt");
        String previous = System.getProperty("whosaid.extractor");
        System.setProperty("whosaid.extractor", QuoteMarkBaseline.class.getName());
        try {
            EvalMain.main(new String[]{"gnqa", dev.toString(), "--docs", "(2005-", "--out", out.toString()});
        } finally {
            if (previous == null) System.clearProperty("whosaid.extractor");
            else System.setProperty("whosaid.extractor", previous);
        }
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(report.contains("Message P") && report.contains("Roles   P") && report.contains("Joint   P"), report);
        assertTrue(report.contains("gold statements by type"), report);
        assertTrue(report.contains("quote-mark-baseline-1"), report);
    }
}
