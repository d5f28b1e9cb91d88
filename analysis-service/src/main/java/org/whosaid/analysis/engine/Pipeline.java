package org.whosaid.analysis.engine;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.extract.CueFinder;
import org.whosaid.analysis.engine.extract.CueLexicon;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.extract.QuoteFinder;
import org.whosaid.analysis.engine.extract.StatementRules;
import org.whosaid.analysis.engine.lang.LanguageDetector;
import org.whosaid.analysis.engine.lang.Lexicon;
import org.whosaid.analysis.engine.lang.Morphology;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.SentenceSplitter;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.lang.Tokenizer;
import org.whosaid.analysis.engine.model.EntityMention;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Part;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.SpeakerRef;
import org.whosaid.analysis.engine.model.Statement;
import org.whosaid.analysis.engine.layer.Entity;
import org.whosaid.analysis.engine.speakers.EntityResolver;
import org.whosaid.analysis.engine.layer.Mention;
import org.whosaid.analysis.engine.speakers.MentionFinder;
import org.whosaid.analysis.engine.speakers.SpeakerLexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statement extraction pipeline: small stages, each adding one layer to a {@link Document}.
 *
 * <ol>
 *   <li>{@code language} — "de"/"en" as given, else detected ({@link LanguageDetector})</li>
 *   <li>{@code sentences} — {@link SentenceSplitter}; lines after page-furniture markers are marked non-body</li>
 *   <li>{@code tokens} — {@link Tokenizer}, then lemma/POS from {@link Morphology} (German)</li>
 *   <li>{@code quotes} — {@link QuoteFinder}</li>
 *   <li>{@code cues} — {@link CueFinder}</li>
 *   <li>{@code mentions} — {@link MentionFinder}, then entities ({@link EntityResolver#buildEntities})</li>
 *   <li>{@code statements} — {@link StatementRules}</li>
 *   <li>{@code speakers} — pronouns and inherited speakers resolved ({@link EntityResolver#resolveSpeaker})</li>
 * </ol>
 * Thread-safe and reusable: resources are loaded once in {@link #standard()}; each call works on its own Document.
 */
public final class Pipeline implements Extractor {
    /**
     * Recorded on every stored statement ({@code extractorVersion}) so a fact-checker can tell which rules found it;
     * raised whenever the rules change what they extract (1.1: the recall and speaker rules of 2026-12-06/07; 1.2: the
     * fourth recall round, zitieren, company names and English speech acts of 2026-12-07; 1.5: the sixth recall round, a
     * cue in Konjunktiv continuing the statement before, frames of quoted judgements, quoted organisation names; 1.11: a
     * second speech act coordinated after the first one's content is a statement of its own). After an
     * upgrade, {@code POST /api/admin/reanalyze} re-extracts stored articles with the new rules.
     */
    public static final String VERSION = "whosaid-rules-1.11";

    /** One stage: adds one layer to the document ({@link #name()}), reading the layers it {@link #requires()}. */
    public interface Stage {
        /** The layer this stage adds. */
        String name();

        /** The layers this stage reads; each is added by an earlier stage. */
        List<String> requires();

        void apply(Document doc);
    }

    private static volatile Pipeline standard;

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) { this.stages = List.copyOf(stages); }

    /** The standard pipeline (German and English), built once per JVM. */
    public static Pipeline standard() {
        Pipeline p = standard;
        if (p == null) {
            synchronized (Pipeline.class) {
                p = standard;
                if (p == null) standard = p = build();
            }
        }
        return p;
    }

    private static Pipeline build() {
        LanguageDetector detector = new LanguageDetector();
        SentenceSplitter splitter = new SentenceSplitter(Lexicon.set("abbreviations.txt"), Lexicon.set("furniture-markers.txt"));
        Tokenizer tokenizer = new Tokenizer();
        Morphology morphology = Morphology.shared();
        QuoteFinder quotes = new QuoteFinder();
        CueFinder cues = new CueFinder(new CueLexicon());
        SpeakerLexicon speakerLexicon = new SpeakerLexicon();
        MentionFinder mentions = new MentionFinder(speakerLexicon, morphology);
        EntityResolver resolver = new EntityResolver(speakerLexicon);
        StatementRules rules = new StatementRules();
        List<Stage> st = new ArrayList<>();
        st.add(stage("language", List.of(), d -> {
            if (d.language == null || d.language.isBlank()) d.language = detector.detect(d.text);
            d.language = d.language.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "de";
        }));
        st.add(stage("sentences", List.of("language"), d -> d.sentences = splitter.split(d.text)));
        st.add(stage("tokens", List.of("language", "sentences"), d -> {
            d.tokens = tokenizer.tokenize(d.text);
            assignSentences(d);
            if (d.german()) morphology.annotate(d.tokens);
        }));
        st.add(stage("quotes", List.of(), d -> d.quotes = quotes.find(d)));
        st.add(stage("cues", List.of("tokens", "quotes"), d -> d.cues = cues.find(d)));
        st.add(stage("mentions", List.of("tokens", "quotes", "cues"), d -> {
            d.mentions = mentions.find(d);
            resolver.buildEntities(d);
        }));
        st.add(stage("statements", List.of("sentences", "tokens", "quotes", "cues", "mentions"), d -> d.statements = rules.apply(d)));
        st.add(stage("speakers", List.of("mentions", "statements"), d -> {
            List<Draft> earlier = new ArrayList<>();
            for (Draft dr : d.statements) {
                resolver.resolveSpeaker(d, dr, earlier);
                earlier.add(dr);
            }
        }));
        checkOrder(st);
        return new Pipeline(st);
    }

    /** Fails when a stage reads a layer that no earlier stage adds (a reordering or a new stage in the wrong place). */
    static void checkOrder(List<Stage> stages) {
        java.util.Set<String> added = new java.util.HashSet<>();
        for (Stage s : stages) {
            for (String r : s.requires()) {
                if (!added.contains(r)) {
                    throw new IllegalStateException("stage '" + s.name() + "' reads layer '" + r + "', which no earlier stage adds");
                }
            }
            added.add(s.name());
        }
    }

    static Stage stage(String name, List<String> requires, java.util.function.Consumer<Document> f) {
        List<String> req = List.copyOf(requires);
        return new Stage() {
            public String name() { return name; }
            public List<String> requires() { return req; }
            public void apply(Document doc) { f.accept(doc); }
            public String toString() { return name + " (reads " + String.join(", ", req) + ")"; }
        };
    }

    /** The stages in order, each with the layers it reads (for tests and the architecture docs). */
    public List<Stage> stages() { return stages; }

    private static void assignSentences(Document d) {
        List<Sentence> ss = d.sentences;
        int si = 0;
        for (Sentence s : ss) { s.firstToken = -1; }
        for (Token t : d.tokens) {
            while (si < ss.size() - 1 && t.start >= ss.get(si).end) si++;
            Sentence s = ss.isEmpty() ? null : ss.get(si);
            t.sentence = si;
            if (s != null) {
                if (s.firstToken < 0) s.firstToken = t.index;
                s.endToken = t.index + 1;
            }
        }
        for (Sentence s : ss) if (s.firstToken < 0) { s.firstToken = 0; s.endToken = 0; }
    }

    public List<String> stageNames() { return stages.stream().map(Stage::name).toList(); }

    /** Runs all stages and returns the document with every layer (for debugging, tests and the eval tools). */
    public Document analyse(String text, String language) {
        Document doc = new Document(text == null ? "" : text, language);
        for (Stage s : stages) s.apply(doc);
        return doc;
    }

    @Override
    public ExtractionResult extract(String text, String language) {
        Document doc = analyse(text, language);
        return new ExtractionResult(doc.language, VERSION, statements(doc), entities(doc));
    }

    @Override
    public String version() { return VERSION; }

    // ------------------------------------------------------------------ freezing drafts into the contract records

    private static List<Statement> statements(Document doc) {
        List<Draft> drafts = new ArrayList<>(doc.statements);
        drafts.sort(Comparator.comparingInt(Draft::start).thenComparingInt(d -> -d.end()));
        Map<Draft, String> ids = new IdentityHashMap<>();
        for (int i = 0; i < drafts.size(); i++) ids.put(drafts.get(i), "s-" + (i + 1));
        List<Statement> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            SpeakerRef speaker = speaker(doc, d);
            List<String> evidence = new ArrayList<>();
            evidence.add(d.rule);
            for (String e : d.evidence) if (!e.equals(d.rule)) evidence.add(e);
            if (speaker != null) {
                evidence.add("speaker: " + speaker.resolution() + " (sentence " + (doc.sentenceAt(speaker.spans().isEmpty() ? 0 : speaker.spans().get(0).start()).index + 1) + ")");
            } else {
                evidence.add("speaker: unknown");
            }
            double conf = d.confidence;
            if (speaker == null || speaker.name() == null) conf = Math.max(0.05, conf - 0.2);
            Statement s = new Statement(ids.get(d), d.form, d.medium, part(doc, d.quote), speaker, part(doc, d.cue),
                    part(doc, d.frame), d.addressee == null ? null : Part.of(doc.text, d.addressee),
                    d.channel == null ? null : Part.of(doc.text, d.channel), intermediary(doc, d),
                    d.parent == null ? null : ids.get(d.parent), d.sentence, d.rule, round(conf), evidence);
            out.add(s);
        }
        return out;
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }

    private static Part part(Document doc, List<Span> spans) {
        if (spans == null || spans.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (sb.length() > 0) sb.append(" … ");
            sb.append(doc.text, s.start(), s.end());
        }
        return new Part(sb.toString(), spans);
    }

    private static SpeakerRef speaker(Document doc, Draft d) {
        Mention m = d.speaker;
        Draft from = d;
        int hops = 0;
        while (m == null && from.speakerFrom != null && hops++ < 10) {
            from = from.speakerFrom;
            m = from.speaker;
        }
        if (m == null) return null;
        String how = m.resolution != null ? m.resolution : m.kind.name().toLowerCase(Locale.ROOT);
        if (from != d) {
            how = "continues statement in sentence " + (from.sentence + 1) + ": " + how;
            // the speaker named again since ("Der Kommissar …") is the mention a reader links the statement to
            Mention later = EntityResolver.latestMention(doc, m, d.start());
            if (later != null) {
                how += "; named again in sentence " + (later.sentence + 1);
                m = later;
            }
        }
        if (m.entity == null) {
            return new SpeakerRef(doc.slice(m.start, m.end), List.of(new Span(m.start, m.end)), null, null, "UNKNOWN",
                    "unresolved " + m.kind.name().toLowerCase(Locale.ROOT));
        }
        return new SpeakerRef(doc.slice(m.start, m.end), List.of(new Span(m.start, m.end)), m.entity.name, null,
                m.entity.kind, how);
    }

    private static SpeakerRef intermediary(Document doc, Draft d) {
        Mention m = d.intermediary;
        if (m == null) return null;
        return new SpeakerRef(doc.slice(m.start, m.end), List.of(new Span(m.start, m.end)),
                m.entity == null ? null : m.entity.name, null, m.entity == null ? "UNKNOWN" : m.entity.kind,
                m.resolution == null ? "mention" : m.resolution);
    }

    private static List<EntityMention> entities(Document doc) {
        List<EntityMention> out = new ArrayList<>();
        for (Entity e : doc.entities) {
            if (e.spans.isEmpty()) continue;
            List<Span> spans = new ArrayList<>(e.spans);
            spans.sort(Comparator.comparingInt(Span::start));
            out.add(new EntityMention(e.name, e.firstName, e.surname, e.kind, new ArrayList<>(e.roles), spans,
                    new ArrayList<>(e.variants)));
        }
        return out;
    }
}
