package org.whosaid.analysis.engine.eval;

import org.whosaid.analysis.engine.model.Statement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seeds scoring rule of corpus/README.md.
 * <p>
 * A prediction <em>covers</em> a gold line when it is in the same document, its quote text holds at least half of the
 * gold text's word tokens and at least 30% of its own word tokens lie in the gold text (word tokens: runs of letters
 * or digits, case and diacritics folded, counted as multisets). Recall: required lines covered by a prediction whose
 * speaker names the gold speaker (its resolved name, or the mention text when unresolved, contains the last word of
 * the gold speaker or of a {@code speaker_alt}, folded), over all required lines. Precision: predictions covering any
 * gold line (optional ones included) over all predictions. Speaker accuracy: among required lines covered by some
 * prediction, the share covered by one that names the right speaker.
 */
public final class SeedScorer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A prediction of one document, reduced to what the rule looks at. */
    public record Prediction(String doc, String quote, String speakerName, String rule) {
        public static Prediction of(String doc, Statement s) {
            String name = null;
            if (s.speaker() != null) name = s.speaker().name() != null ? s.speaker().name() : s.speaker().text();
            return new Prediction(doc, s.quote() == null ? "" : s.quote().text(), name, s.rule());
        }
    }

    public record LineOutcome(SeedGold gold, boolean covered, boolean rightSpeaker, List<Prediction> covering) {
    }

    public record Result(int required, int coveredRequired, int recalled, int predictions, int precise,
                         List<LineOutcome> lines, List<Prediction> unmatched) {
        public double recall() {
            return required == 0 ? 0 : (double) recalled / required;
        }

        public double precision() {
            return predictions == 0 ? 0 : (double) precise / predictions;
        }

        public double speakerAccuracy() {
            return coveredRequired == 0 ? 0 : (double) recalled / coveredRequired;
        }

        public String summary() {
            return String.format(Locale.ROOT,
                    "seeds: recall %.3f (%d/%d)  precision %.3f (%d/%d)  speaker accuracy %.3f (%d/%d)",
                    recall(), recalled, required, precision(), precise, predictions, speakerAccuracy(), recalled,
                    coveredRequired);
        }

        public String report() {
            StringBuilder sb = new StringBuilder(summary()).append('\n');
            sb.append("\nrequired lines not covered:\n");
            for (LineOutcome l : lines)
                if (!l.gold().optional() && !l.covered())
                    sb.append(String.format("  %s | %s | %s | %s%n", l.gold().doc(), l.gold().speaker(),
                            l.gold().mode(), l.gold().text()));
            sb.append("\nrequired lines covered with a wrong speaker:\n");
            for (LineOutcome l : lines)
                if (!l.gold().optional() && l.covered() && !l.rightSpeaker())
                    sb.append(String.format("  %s | gold %s | system %s | %s%n", l.gold().doc(), l.gold().speaker(),
                            l.covering().stream().map(Prediction::speakerName).distinct().toList(), l.gold().text()));
            sb.append("\npredictions covering no gold line (false positives):\n");
            for (Prediction p : unmatched)
                sb.append(String.format("  %s | %s | %s | %s%n", p.doc(), p.rule(), p.speakerName(), p.quote()));
            return sb.toString();
        }
    }

    private SeedScorer() {
    }

    public static String fold(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}+", "");
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) out.add(m.group());
        return out;
    }

    private static Map<String, Integer> bag(List<String> words) {
        Map<String, Integer> b = new HashMap<>();
        for (String w : words) b.merge(w, 1, Integer::sum);
        return b;
    }

    private static int common(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        return n;
    }

    public static boolean covers(Prediction p, SeedGold g) {
        if (!p.doc().equals(g.doc())) return false;
        List<String> gw = words(g.text()), pw = words(p.quote());
        if (gw.isEmpty() || pw.isEmpty()) return false;
        int c = common(bag(pw), bag(gw));
        return 2 * c >= gw.size() && c >= 0.3 * pw.size();
    }

    public static boolean namesSpeaker(Prediction p, SeedGold g) {
        String name = fold(p.speakerName());
        if (name.isEmpty()) return false;
        List<String> candidates = new ArrayList<>();
        candidates.add(g.speaker());
        candidates.addAll(g.speakerAlt());
        for (String c : candidates) {
            List<String> w = words(c);
            if (!w.isEmpty() && name.contains(w.get(w.size() - 1))) return true;
        }
        return false;
    }

    public static Result score(List<SeedGold> gold, List<Prediction> predictions) {
        int required = 0, coveredRequired = 0, recalled = 0, precise = 0;
        List<LineOutcome> lines = new ArrayList<>();
        for (SeedGold g : gold) {
            List<Prediction> covering = predictions.stream().filter(p -> covers(p, g)).toList();
            boolean right = covering.stream().anyMatch(p -> namesSpeaker(p, g));
            lines.add(new LineOutcome(g, !covering.isEmpty(), right, covering));
            if (g.optional()) continue;
            required++;
            if (!covering.isEmpty()) coveredRequired++;
            if (right) recalled++;
        }
        List<Prediction> unmatched = new ArrayList<>();
        for (Prediction p : predictions) {
            if (gold.stream().anyMatch(g -> covers(p, g))) precise++;
            else unmatched.add(p);
        }
        return new Result(required, coveredRequired, recalled, predictions.size(), precise, lines, unmatched);
    }
}
