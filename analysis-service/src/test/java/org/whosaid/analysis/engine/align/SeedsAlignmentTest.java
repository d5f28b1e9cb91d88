package org.whosaid.analysis.engine.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The seed articles (read at run time from the shared corpus, never copied): the gold statements of
 * seeds-gold.jsonl as StatementViews. Uschakow's and Lawrow's "carefully prepared" statements are related,
 * never merged. Prints the SAME/RELATED links found across the five real articles for inspection.
 */
class SeedsAlignmentTest {

    static Path corpus() {
        String shared = System.getProperty("whosaid.shared");
        Path p = shared != null ? Path.of(shared, "corpus") : Path.of("..", "shared", "corpus");
        if (!Files.isDirectory(p)) p = Path.of("..", "..", "shared", "corpus");
        return p;
    }

    static List<StatementView> seedStatements() throws Exception {
        Path c = corpus();
        Assumptions.assumeTrue(Files.isReadable(c.resolve("seeds-gold.jsonl")),
                "shared corpus not found at " + c.toAbsolutePath() + " (set -Dwhosaid.shared): skipping the seeds check");
        ObjectMapper om = new ObjectMapper();
        List<StatementView> out = new ArrayList<>();
        int i = 0;
        for (String line : Files.readAllLines(c.resolve("seeds-gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = om.readTree(line);
            String doc = n.get("doc").asText();
            String body = Files.readString(c.resolve("seeds").resolve(doc), StandardCharsets.UTF_8);
            String text = n.get("text").asText();
            int at = body.indexOf(text);
            int from = at < 0 ? 0 : Math.max(body.lastIndexOf('\n', at), Math.max(body.lastIndexOf(". ", at), 0));
            int to = at < 0 ? 0 : body.indexOf('\n', at + text.length());
            String context = at < 0 ? text : body.substring(from, to < 0 ? body.length() : to).trim();
            long article = Long.parseLong(doc.substring(0, 3));
            out.add(new StatementView(doc.substring(0, 3) + "-" + (i++), article, doc, null, "de", null,
                    n.get("speaker").asText(), n.get("mode").asText(), text, context, null, null));
        }
        return out;
    }

    /** The Hnatow first-name conflict between the seed outlets is visible in the facts of the renderings. */
    @Test
    void hnatowFirstNameConflict() throws Exception {
        ConflictFinder finder = new ConflictFinder();
        List<Fact> facts = new ArrayList<>();
        for (StatementView s : seedStatements()) facts.addAll(finder.facts(s));
        List<FactConflict> c = finder.conflicts(facts.stream().filter(f -> f.kind().equals("firstname")).toList());
        System.out.println("seed first-name conflicts: " + c);
        org.junit.jupiter.api.Assertions.assertTrue(c.stream().anyMatch(x -> x.subject().equals("Hnatow")
                && x.byValue().size() >= 2 && x.byValue().values().stream().flatMap(List::stream)
                        .map(Fact::articleId).distinct().count() >= 2), c.toString());
    }

    @Test
    void uschakowAndLawrowAreRelatedNotMerged() throws Exception {
        List<StatementView> all = seedStatements();
        Aligner al = Aligner.standard();
        List<StatementView> usch = all.stream().filter(s -> s.speakerName().contains("Uschakow") && s.quote().contains("vorbereitet")).toList();
        List<StatementView> lawr = all.stream().filter(s -> s.speakerName().contains("Lawrow") && s.quote().contains("vorbereitet")).toList();
        Assumptions.assumeFalse(usch.isEmpty() || lawr.isEmpty(), "seed gold lacks the two statements");
        for (StatementView u : usch)
            for (StatementView l : lawr) {
                Link link = al.compare(u, al.signature(u), l, al.signature(l));
                System.out.println("Uschakow~Lawrow: " + link);
                assertEquals(Relation.RELATED, link.relation(), "same position, other speaker, months apart: " + link.evidence());
            }
        int same = 0, related = 0;
        for (int i = 0; i < all.size(); i++)
            for (int j = i + 1; j < all.size(); j++) {
                StatementView a = all.get(i), b = all.get(j);
                if (a.articleId() == b.articleId()) continue;
                Link link = al.compare(a, al.signature(a), b, al.signature(b));
                if (link.relation() == Relation.NONE) continue;
                if (link.relation() == Relation.SAME) same++;
                else related++;
                System.out.println(link.relation() + " " + a.statementId() + " | " + b.statementId() + " " + link.evidence());
            }
        System.out.println("seeds: " + all.size() + " statements, SAME links " + same + ", RELATED links " + related);
        assertFalse(all.isEmpty());
    }
}
