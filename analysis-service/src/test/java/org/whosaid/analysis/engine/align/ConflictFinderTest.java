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

    /** A planted month conflict: one outlet "im Mai", another "in June" for the same content; spellings of one month agree. */
    @Test
    void monthsAndWeekdaysInTheQuoteAreDateSlots() {
        StatementView de = view("m1", 501, "Tagesblick Online", "de", "Henrik Solvang",
                "das Abkommen über die Fischereirechte solle im Mai 2026 unterzeichnet werden, die Gespräche am Freitag und Samstag",
                null);
        StatementView en = view("m2", 502, "The Harbour Times", "en", "Henrik Solvang",
                "the fisheries agreement would be signed in June, after talks on Saturday", null);
        StatementView en2 = view("m3", 503, "Continental Ledger", "en", "Henrik Solvang",
                "we may sign the fisheries agreement in May, after talks on Friday", null);
        List<FactConflict> c = finder.conflicts(facts(de, en, en2));
        FactConflict month = c.stream().filter(x -> x.kind().equals("date") && x.subject().equals(ConflictFinder.MONTH_SUBJECT))
                .findFirst().orElseThrow(() -> new AssertionError("no month conflict in " + c));
        assertEquals(Set.of("may 2026", "june"), month.byValue().keySet(), month.toString());
        assertEquals(List.of("Tagesblick Online", "Continental Ledger"), month.byValue().get("may 2026").stream().map(Fact::outlet).toList(),
                "'im Mai 2026' and 'in May' name one month");
        // "Freitag und Samstag" covers "on Saturday" and "on Friday": no weekday conflict between them
        assertTrue(c.stream().noneMatch(x -> x.subject().equals(ConflictFinder.WEEKDAY_SUBJECT)), c.toString());
        StatementView en3 = view("m4", 504, "Rheinpost Digital", "en", "Henrik Solvang",
                "the agreement would be signed after talks on Monday", null);
        assertTrue(finder.conflicts(facts(en, en3)).stream().anyMatch(x -> x.subject().equals(ConflictFinder.WEEKDAY_SUBJECT)
                && x.byValue().keySet().equals(Set.of("saturday", "monday"))));
        // the modal verb "may" is no month
        assertEquals(null, ConflictFinder.monthsIn("We may sign it soon, and March on"));
    }

    /** "Das Präsidialamt erklärte" vs "Präsidialamtssprecher Anton Veskel sagte": attribution, not two speakers. */
    @Test
    void institutionAndItsSpokespersonAreAnAttributionDifference() {
        StatementView inst = view("i1", 601, "Tagesblick Online", "de", "koldavische Präsidialamt",
                "man sei zu Gesprächen über die Wasserrechte bereit",
                "Das koldavische Präsidialamt erklärte am Montag, man sei zu Gesprächen über die Wasserrechte bereit.");
        StatementView person = view("i2", 602, "Rheinpost Digital", "de", "Anton Veskel",
                "Koldavien ist zu Gesprächen über die Wasserrechte bereit",
                "„Koldavien ist zu Gesprächen über die Wasserrechte bereit“, sagte Präsidialamtssprecher Anton Veskel am Montag.");
        StatementView other = view("i3", 603, "The Harbour Times", "de", "Ivo Morask",
                "Koldavien ist zu Gesprächen über die Wasserrechte bereit",
                "„Koldavien ist zu Gesprächen über die Wasserrechte bereit“, sagte Regierungschef Ivo Morask am Montag.");
        assertEquals("attribution", finder.speakerDifferenceKind(List.of(inst, person)));
        assertEquals("speaker", finder.speakerDifferenceKind(List.of(inst, person, other)));
        assertEquals("speaker", finder.speakerDifferenceKind(List.of(person, other)));
        Aligner al = Aligner.standard();
        Link l = al.compare(inst, al.signature(inst), person, al.signature(person));
        assertTrue(l.evidence().stream().anyMatch(e -> e.contains("institution and its spokesperson")), l.evidence().toString());
        Link l2 = al.compare(person, al.signature(person), other, al.signature(other));
        assertTrue(l2.evidence().stream().anyMatch(e -> e.startsWith("speaker differs")), l2.evidence().toString());
        assertFalse(Relation.SAME == l2.relation(), l2.evidence().toString());
    }

    /** "Four more reports" is a count on top of others; "four reports" counts them all: one outlet has five things. */
    @Test
    void aCountOnTopOfOthersConflictsWithTheSameCountInAll() {
        StatementView de = view("c1", 701, "Tagesblick Online", "de", "Henrik Solvang",
                "die Hafenbehörde von Korvik habe neben dem Plan vier weitere Berichte erhalten", null);
        StatementView en = view("c2", 702, "The Harbour Times", "en", "Henrik Solvang",
                "the Korvik port authority received four additional reports besides the plan", null);
        StatementView all = view("c3", 703, "Continental Ledger", "en", "Henrik Solvang",
                "the Korvik port authority had received the proposals in four reports", null);
        FactConflict c = finder.conflicts(facts(de, en, all)).stream().filter(x -> x.kind().equals("count")).findFirst()
                .orElseThrow(() -> new AssertionError("no count conflict"));
        assertEquals(Set.of("4 more", "4 in all"), c.byValue().keySet(), c.toString());
        assertEquals(List.of("Tagesblick Online", "The Harbour Times"), c.byValue().get("4 more").stream().map(Fact::outlet).toList());
        // two renderings of "more" agree, and "more than four" is no count on top of others
        assertTrue(finder.conflicts(facts(de, en)).isEmpty());
        StatementView moreThan = view("c4", 704, "Rheinpost Digital", "en", "Henrik Solvang",
                "the Korvik port authority received more than four reports", null);
        assertTrue(finder.conflicts(facts(moreThan, all)).isEmpty(), finder.conflicts(facts(moreThan, all)).toString());
        StatementView another = view("c5", 705, "Rheinpost Digital", "en", "Henrik Solvang",
                "the Korvik port authority received another four reports", null);
        assertTrue(finder.conflicts(facts(another, en)).isEmpty());
        assertEquals(1, finder.conflicts(facts(another, all)).size());
        // "still four" is four more
        StatementView still = view("c7", 707, "Rheinpost Digital", "en", "Henrik Solvang",
                "the Korvik port authority still expects four reports", null);
        assertTrue(finder.conflicts(facts(still, en)).isEmpty(), finder.conflicts(facts(still, en)).toString());
        // another number is a number conflict only
        StatementView three = view("c6", 706, "Rheinpost Digital", "en", "Henrik Solvang",
                "the Korvik port authority received three more reports", null);
        assertEquals(List.of("number"), finder.conflicts(facts(three, en)).stream().map(FactConflict::kind).toList());
    }

    /** "Some of the wording is acceptable" against "some wordings do not suit us": opposite judgements of one remark. */
    @Test
    void acceptableAgainstUnacceptableIsAContentConflict() {
        assertEquals(1, Acceptability.of("some of the wording we were offered is more or less acceptable"));
        assertEquals(-1, Acceptability.of("some proposed wordings do not suit us"));
        assertEquals(-1, Acceptability.of("some wordings don’t fit us"));
        assertEquals(-1, Acceptability.of("einige Formulierungen sind für uns inakzeptabel"));
        assertEquals(-1, Acceptability.of("das sei nicht akzeptabel"));
        assertEquals(-1, Acceptability.of("this is not really acceptable"));
        assertEquals(0, Acceptability.of("some terms are acceptable, others are unacceptable"));
        assertEquals(0, Acceptability.of("the talks will continue in Korvik"));
        Aligner al = Aligner.standard();
        StatementView yes = view("k1", 801, "The Harbour Times", "en", "Mira Tolvanen",
                "Some of the wording we have been offered on the fishing quotas is acceptable", null);
        StatementView no = view("k2", 802, "Continental Ledger", "en", "Mira Tolvanen",
                "Some proposed wordings on the fishing quotas do not suit us", null);
        StatementView noDe = view("k3", 803, "Tagesblick Online", "de", "Mira Tolvanen",
                "Einige der vorgeschlagenen Formulierungen zu den Fangquoten sind für uns inakzeptabel", null);
        StatementView neutral = view("k4", 804, "Rheinpost Digital", "en", "Mira Tolvanen",
                "The wording on the fishing quotas will be discussed further", null);
        assertTrue(finder.contentConflict(yes, al.signature(yes), no, al.signature(no)));
        assertTrue(finder.contentConflict(yes, al.signature(yes), noDe, al.signature(noDe)));
        assertFalse(finder.contentConflict(no, al.signature(no), noDe, al.signature(noDe)));
        assertFalse(finder.contentConflict(yes, al.signature(yes), neutral, al.signature(neutral)));
    }

    /** A negation speaks against the other rendering only when it covers a word the two share. */
    @Test
    void aNegationOutsideTheSharedWordsIsNoContentConflict() {
        Aligner al = Aligner.standard();
        StatementView plain = view("n1", 901, "The Harbour Times", "en", "Mira Tolvanen",
                "the talks on the fishing quotas were useful and constructive", null);
        StatementView aside = view("n2", 902, "Continental Ledger", "en", "Mira Tolvanen",
                "the talks on the fishing quotas were useful and constructive and lasted not one hour but six hours", null);
        assertFalse(finder.contentConflict(plain, al.signature(plain), aside, al.signature(aside)));
        StatementView found = view("n3", 903, "Rheinpost Digital", "en", "Mira Tolvanen",
                "a compromise on the fishing quotas was found in the talks", null);
        StatementView notFound = view("n4", 904, "The Harbour Times", "en", "Mira Tolvanen",
                "no compromise on the fishing quotas was found in the talks", null);
        assertTrue(finder.contentConflict(found, al.signature(found), notFound, al.signature(notFound)));
    }

    static List<Fact> facts(StatementView... views) {
        List<Fact> out = new ArrayList<>();
        for (StatementView v : views) out.addAll(finder.facts(v));
        return out;
    }

    static StatementView view(String id, long article, String outlet, String lang, String speaker, String quote, String context) {
        return new StatementView(id, article, outlet, java.time.OffsetDateTime.parse("2026-03-03T10:00:00+01:00"), lang, null,
                speaker, context == null ? "Indirect" : "Direct", quote, context == null ? speaker + " said " + quote + "." : context,
                null, null);
    }

    static StatementView find(String id) {
        return dev.statements().stream().filter(s -> s.statementId().equals(id)).findFirst().orElseThrow();
    }
}
