package org.whosaid.web.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores predicted statements against seeds-gold.jsonl with the rule of shared/corpus/README.md: a prediction covers a
 * gold line (same document) when its quote holds at least half of the gold text's word tokens and at least 30% of its
 * own word tokens lie in the gold text; the speaker is right when the resolved name contains the gold surname or one
 * of speaker_alt (case and diacritics folded).
 */
public final class SeedScore {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public record Result(int required, int recalled, int predictions, int precise, int coveredRequired, int rightSpeaker) {
        public double recall() { return required == 0 ? 0 : (double) recalled / required; }
        public double precision() { return predictions == 0 ? 0 : (double) precise / predictions; }
        public double speakerAccuracy() { return coveredRequired == 0 ? 0 : (double) rightSpeaker / coveredRequired; }
        @Override public String toString() {
            return String.format(Locale.ROOT, "recall %.3f (%d/%d), precision %.3f (%d/%d), speaker accuracy %.3f (%d/%d)",
                    recall(), recalled, required, precision(), precise, predictions, speakerAccuracy(), rightSpeaker, coveredRequired);
        }
    }

    /** A prediction: document, quote text, resolved speaker name (may be empty). */
    public record Prediction(String doc, String quote, String speaker) {}

    private SeedScore() {}

    public static Result score(List<JsonNode> gold, List<Prediction> predictions) {
        int required = 0, recalled = 0, covered = 0, right = 0;
        for (JsonNode g : gold) {
            if (g.path("optional").asBoolean(false)) continue;
            required++;
            boolean any = false, ok = false;
            for (Prediction p : predictions) {
                if (!p.doc().equals(g.path("doc").asText()) || !covers(p.quote(), g.path("text").asText())) continue;
                any = true;
                if (speakerRight(p.speaker(), g)) ok = true;
            }
            if (ok) recalled++;
            if (any) covered++;
            if (any && ok) right++;
        }
        int precise = 0;
        for (Prediction p : predictions) {
            for (JsonNode g : gold) {
                if (p.doc().equals(g.path("doc").asText()) && covers(p.quote(), g.path("text").asText())) { precise++; break; }
            }
        }
        return new Result(required, recalled, predictions.size(), precise, covered, right);
    }

    static boolean covers(String predicted, String gold) {
        List<String> g = words(gold);
        List<String> p = words(predicted);
        if (g.isEmpty() || p.isEmpty()) return false;
        Set<String> ps = new HashSet<>(p);
        Set<String> gs = new HashSet<>(g);
        long gIn = g.stream().filter(ps::contains).count();
        long pIn = p.stream().filter(gs::contains).count();
        return gIn * 2 >= g.size() && pIn * 10 >= p.size() * 3L;
    }

    static boolean speakerRight(String name, JsonNode g) {
        String n = fold(name);
        if (n.isEmpty()) return false;
        List<String> ok = new ArrayList<>();
        String[] parts = g.path("speaker").asText().trim().split("\\s+");
        ok.add(fold(parts[parts.length - 1]));
        g.path("speaker_alt").forEach(a -> ok.add(fold(a.asText())));
        return ok.stream().anyMatch(s -> !s.isEmpty() && n.contains(s));
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) out.add(m.group());
        return out;
    }

    static String fold(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

}
