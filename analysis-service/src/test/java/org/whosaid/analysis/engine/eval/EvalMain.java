package org.whosaid.analysis.engine.eval;

import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.model.Statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command line: measures the extractor.
 * <pre>
 *   gnqa  &lt;dir of gnqa json files&gt; [--examples N] [--docs name-part] [--dump] [--out file [--append]]
 *   seeds &lt;seeds dir&gt; &lt;seeds-gold.jsonl&gt; [--out file]
 * </pre>
 * The extractor is {@code org.whosaid.analysis.engine.Pipeline.standard()} unless {@code -Dwhosaid.extractor=class}.
 * The full report goes to stdout and, with {@code --out}, to a file. {@code --docs} keeps only documents whose name
 * contains the text; {@code --dump} lists every document's pairs, missed and extra statements.
 */
public final class EvalMain {
    private EvalMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            usage();
            System.exit(2);
        }
        int examples = 5;
        Path out = null;
        boolean append = false, dump = false;
        String only = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--examples" -> examples = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--append" -> append = true;
                case "--dump" -> dump = true;
                case "--docs" -> only = args[++i];
                default -> positional.add(args[i]);
            }
        }
        Extractor extractor = Extractors.standard();
        String header = String.format(Locale.ROOT, "whosaid eval %s | extractor %s %s | %s%n",
                String.join(" ", args), extractor.getClass().getName(), extractor.version(), Instant.now());
        String report;
        switch (positional.get(0)) {
            case "gnqa" -> {
                List<GnqaDocument> docs = GnqaDocument.readDirectory(Path.of(positional.get(1)));
                if (only != null) {
                    String needle = only.toLowerCase(Locale.ROOT);
                    docs = docs.stream().filter(d -> d.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
                }
                report = GnqaEvaluation.run(extractor, docs, examples, dump).report();
            }
            case "seeds" -> {
                if (positional.size() < 3) {
                    usage();
                    System.exit(2);
                    return;
                }
                report = seeds(extractor, Path.of(positional.get(1)), Path.of(positional.get(2))).report();
            }
            default -> {
                usage();
                System.exit(2);
                return;
            }
        }
        System.out.print(header + report);
        if (out != null) {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            if (append) Files.writeString(out, "\n" + header + report, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            else Files.writeString(out, header + report, StandardCharsets.UTF_8);
        }
    }

    /** Runs the extractor on every gold document of the seeds directory and scores it. */
    public static SeedScorer.Result seeds(Extractor extractor, Path seedsDir, Path goldFile) throws IOException {
        List<SeedGold> gold = SeedGold.read(goldFile);
        List<SeedScorer.Prediction> predictions = new ArrayList<>();
        for (String doc : gold.stream().map(SeedGold::doc).distinct().sorted().toList()) {
            String text = Files.readString(seedsDir.resolve(doc), StandardCharsets.UTF_8);
            for (Statement s : extractor.extract(text, "de").statements())
                predictions.add(SeedScorer.Prediction.of(doc, s));
        }
        return SeedScorer.score(gold, predictions);
    }

    private static void usage() {
        System.err.println("usage: EvalMain gnqa <dir> [--examples N] [--docs name-part] [--dump] [--out file [--append]]\n"
                + "       EvalMain seeds <seeds-dir> <seeds-gold.jsonl> [--out file]\n"
                + "       (-Dwhosaid.extractor=<class> to measure another Extractor)");
    }
}
