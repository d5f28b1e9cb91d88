package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link ConflictFinder#speakerDifferenceKind} groups renderings by what decides "same speaker" instead of comparing
 * every pair; on random clusters of invented speakers (persons sharing surnames under other first names, with and
 * without entity ids, an invented institution and its spokespersons, names without a capitalised word) it must give
 * the answer of the original pairwise loop, kept here as the reference.
 */
class SpeakerDifferenceKindTest {

    static String pairwise(List<StatementView> renderings) {
        List<StatementView> named = renderings.stream().filter(v -> v.speakerName() != null && !v.speakerName().isBlank()).toList();
        boolean any = false;
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                StatementView a = named.get(i), b = named.get(j);
                if (ConflictFinder.sameSpeaker(a, b)) continue;
                if (!Attribution.institutionAndSpokesperson(a, b)) return "speaker";
                any = true;
            }
        }
        return any ? "attribution" : "speaker";
    }

    @Test
    void groupedAnswerEqualsPairwiseAnswer() {
        String[][] speakers = {
                {"Ilka Falkenrath", "p-1", "sagte Ilka Falkenrath"},
                {"Jonas Falkenrath", "p-2", "sagte Jonas Falkenrath"},
                {"Falkenrath", null, "sagte Falkenrath"},
                {"Petra Lorbach", "p-3", "sagte Petra Lorbach"},
                {"Quellbrunner Präsidialamt", "i-1", "teilte das Quellbrunner Präsidialamt mit"},
                {"Ruben Ixmeier", "p-4", "sagte Präsidialamtssprecher Ruben Ixmeier"},
                {"Wiebke Hollerbeck", "p-5", "sagte Präsidialamtssprecherin Wiebke Hollerbeck"},
                {"die ortsvorsteherin", null, "sagte die ortsvorsteherin"},
                {"", null, "hieß es"},
        };
        ConflictFinder finder = new ConflictFinder();
        Random rnd = new Random(11);
        Map<String, Integer> answers = new HashMap<>();
        for (int round = 0; round < 4000; round++) {
            int n = rnd.nextInt(9);
            int pool = 1 + rnd.nextInt(speakers.length);
            int offset = rnd.nextInt(speakers.length);
            List<StatementView> views = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String[] s = speakers[(offset + rnd.nextInt(pool)) % speakers.length];
                String quote = "Der Radweg wird im Herbst fertig";
                String entity = rnd.nextInt(5) == 0 ? null : s[1];
                views.add(new StatementView("x" + i, 100 + i, "Kreisblatt " + i, null, "de", entity, s[0], "Direct", quote,
                        "„" + quote + "“, " + s[2] + " am Montag.", null, null));
            }
            String expected = pairwise(views);
            assertEquals(expected, finder.speakerDifferenceKind(views), views.toString());
            answers.merge(expected, 1, Integer::sum);
        }
        assertTrue(answers.getOrDefault("attribution", 0) > 20 && answers.getOrDefault("speaker", 0) > 20,
                "both answers were exercised: " + answers);
    }
}
