package org.whosaid.analysis.engine.align;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conflicts planted in the dev set are found within their gold clusters; clean clusters stay clean. */
class ConflictFinderTest {
    static DevSet dev;
    static ConflictFinder finder;
    static Map<String, List<FactConflict>> byCluster = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        dev = DevSet.load();
        finder = new ConflictFinder();
        Map<String, List<Fact>> facts = new LinkedHashMap<>();
        for (StatementView s : dev.statements())
            facts.computeIfAbsent(dev.clusterOf().get(s.statementId()), k -> new ArrayList<>()).addAll(finder.facts(s));
        facts.forEach((c, f) -> byCluster.put(c, finder.conflicts(f)));
        byCluster.forEach((c, l) -> l.forEach(x -> System.out.println("conflict in " + c + ": " + x.kind() + " " + x.subject() + " " + x.byValue().keySet())));
    }

    @Test
    void plantedConflictsAreFound() {
        for (JsonNode p : dev.plantedConflicts()) {
            String cluster = p.get("cluster").asText(), kind = p.get("kind").asText();
            Set<String> want = new HashSet<>();
            p.get("values").forEach(v -> want.add(v.asText().toLowerCase()));
            boolean found = byCluster.getOrDefault(cluster, List.of()).stream()
                    .filter(c -> c.kind().equals(kind))
                    .anyMatch(c -> c.byValue().keySet().stream().map(String::toLowerCase).toList().containsAll(want));
            assertTrue(found, "planted " + kind + " conflict " + want + " in " + cluster + ", found " + byCluster.get(cluster));
        }
    }

    @Test
    void conflictsNameTheOutletsOnEachSide() {
        FactConflict c = byCluster.get("aid-40m").stream().filter(x -> x.kind().equals("number")).findFirst().orElseThrow();
        assertEquals(Set.of("The Harbour Times"), new HashSet<>(c.byValue().get("45").stream().map(Fact::outlet).toList()));
        assertTrue(c.byValue().get("40").stream().map(Fact::outlet).toList().contains("Tagesblick Online"));
    }

    @Test
    void fewSpuriousConflicts() {
        Set<String> planted = new HashSet<>();
        dev.plantedConflicts().forEach(p -> planted.add(p.get("cluster").asText() + "|" + p.get("kind").asText()));
        int spurious = 0;
        for (var e : byCluster.entrySet())
            for (FactConflict c : e.getValue()) if (!planted.contains(e.getKey() + "|" + c.kind())) spurious++;
        System.out.println("spurious conflicts: " + spurious);
        assertTrue(spurious <= 2, "spurious conflicts: " + spurious);
    }

    @Test
    void agreedVersusDeclinedIsAContentConflict() {
        Aligner al = Aligner.standard();
        StatementView de = find("a306-s2");
        StatementView en = find("a307-s2");
        assertTrue(finder.contentConflict(de, al.signature(de), en, al.signature(en)));
        StatementView a = find("a101-s1"), b = find("a103-s1");
        assertFalse(finder.contentConflict(a, al.signature(a), b, al.signature(b)));
    }

    static StatementView find(String id) {
        return dev.statements().stream().filter(s -> s.statementId().equals(id)).findFirst().orElseThrow();
    }
}
