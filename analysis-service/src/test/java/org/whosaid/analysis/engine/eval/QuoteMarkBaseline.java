package org.whosaid.analysis.engine.eval;

import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Medium;
import org.whosaid.analysis.engine.model.Part;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference point for the metric, not a product extractor: every text inside „…“ (or "…", «…», »…«) of three
 * words or more is a Direct statement with no speaker and no cue. corpus/README.md puts quotes-in-„…“-alone at a
 * message F1 of about 30 on gnqa; measuring it checks the metric. Use with
 * {@code -Dwhosaid.extractor=org.whosaid.analysis.engine.eval.QuoteMarkBaseline}.
 */
public final class QuoteMarkBaseline implements Extractor {
    private static final Pattern QUOTE = Pattern.compile("„([^“”\"]+)[“”\"]|\"([^\"]+)\"|«([^»]+)»|»([^«]+)«");

    @Override
    public ExtractionResult extract(String text, String language) {
        List<Statement> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            int g = 1;
            while (m.group(g) == null) g++;
            if (m.group(g).trim().split("\\s+").length < 3) continue;
            Span span = new Span(m.start(g), m.end(g));
            out.add(new Statement("s-" + (out.size() + 1), Form.Direct, Medium.Speech, Part.of(text, span), null,
                    null, null, null, null, null, null, 0, "quote-marks-baseline", 0.5, List.of("quotation marks")));
        }
        return new ExtractionResult(language == null ? "de" : language, version(), out, List.of());
    }

    @Override
    public String version() {
        return "quote-mark-baseline-1";
    }
}
