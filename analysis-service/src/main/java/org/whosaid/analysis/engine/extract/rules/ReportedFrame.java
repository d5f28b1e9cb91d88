package org.whosaid.analysis.engine.extract.rules;

import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.lang.Token;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.layer.Mention;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * German verbs that report what someone said without giving it as a clause, recognised by the word that frames the
 * report: "X sprach von einem Erfolg", "X bezeichnete das Treffen als konstruktiv", "X wertete … als Fortschritt",
 * "X berichtete von Schüssen", "X äußerte sich optimistisch" ({@link AeussernFrame}). The sentence is a {@code Reported} statement of the verb's subject. The frame word is
 * looked for at most {@link #WINDOW} tokens around the verb, outside quotation marks.
 */
public final class ReportedFrame {
    public static final String RULE = "reported-frame";
    static final int WINDOW = 12;
    /** how far after an als-verb its "als" may come when no comma or quote comes between (a long object) */
    static final int LONG_OBJECT = 24;
    static final boolean NENNEN = !Boolean.getBoolean("whosaid.noNennenFrame");
    /** lemma → the word that must frame the report */
    private static final Map<String, String> FRAME = Map.ofEntries(
            Map.entry("sprechen", "von"),
            Map.entry("bezeichnen", "als"),
            Map.entry("werten", "als"),
            Map.entry("bewerten", "als"),
            Map.entry("einstufen", "als"),
            Map.entry("würdigen", "als"),
            Map.entry("berichten", "von"),
            Map.entry("halten", "für"),
            Map.entry("verweisen", "auf"),
            Map.entry("hinweisen", "auf"),
            Map.entry("ausgehen", "von"),
            Map.entry("beziffern", "auf"),
            Map.entry("begründen", "mit"),
            Map.entry("klagen", "über"),
            Map.entry("erinnern", "an"),
            Map.entry("appellieren", "an"),
            Map.entry("plädieren", "für"),
            Map.entry("rechnen", "mit"),
            Map.entry("einschätzen", "als"),
            Map.entry("beschreiben", "als"));

    private ReportedFrame() {}

    static final boolean WITH_STOP = !Boolean.getBoolean("whosaid.noReportedStop");

    /** "Als Grund nannte X …", "Als Beispiel gab X … an": a reason or example named by X (issue 13, h13) */
    static final boolean AS_REASON = !Boolean.getBoolean("whosaid.noAsReason");

    /** nouns after a sentence-opening "Als" that make "nannte"/"gab … an" report what someone named */
    static final Set<String> REASON_NOUNS = Set.of("grund", "gründe", "hauptgrund", "beispiel", "beispiele", "ursache",
            "ursachen", "begründung", "motiv", "motive", "hintergrund", "auslöser");

    /**
     * The sentence-opening "Als" of "Als Grund (für …) nannte X Y" / "Als mögliche Ursache gab X Y an", or -1: the
     * noun is one of {@link #REASON_NOUNS} within the first three tokens and the verb within {@link #WINDOW} tokens.
     */
    static int asReason(Document doc, Sentence s, Cue c) {
        List<Token> tk = doc.tokens;
        int a = s.firstToken;
        if (!tk.get(a).is("Als") || c.token - a > WINDOW || doc.quoteAround(tk.get(a).start) != null) return -1;
        for (int k = a + 1; k < Math.min(c.token, a + 4); k++) {
            Token t = tk.get(k);
            if (t.isCapitalized() && t.isWord()) return REASON_NOUNS.contains(t.lower()) ? a : -1;
        }
        return -1;
    }

    /** "Sie sprach von einem Erfolg": the sentence as a Reported statement of the cue's subject {@code sp}, or null */
    static Draft apply(VerbClause x, Mention sp) {
        Document doc = x.doc;
        Sentence s = x.s;
        int frameWord = frame(doc, s, x.c);
        if (frameWord < 0 || sp == null || sp.kind == Mention.Kind.PLACE || coveredNearby(x.out, s.index, s.start, s.end)) return null;
        Draft d = new Draft(Form.Reported, RULE, s.index, 0.5);
        // the whole sentence is the report, its full stop included (as speech-act's)
        int coordinated = CoordinatedCue.startAfter(doc, s, frameWord); // "…, und fügte an, dass …" is a statement of its own
        Contents.addTrimmed(doc, d, s.start, coordinated >= 0 ? coordinated : WITH_STOP ? s.end : Clauses.contentEnd(doc, s));
        d.speaker = sp;
        d.evidence.add(RULE + ": '" + doc.tokens.get(x.v).text + " … " + doc.tokens.get(frameWord).text + "' reports what was said");
        return d;
    }

    /** whether a statement made so far from this sentence (the last few drafts) overlaps [start, end) */
    public static boolean coveredNearby(List<org.whosaid.analysis.engine.layer.Draft> out, int sentence, int start, int end) {
        for (int i = out.size() - 1; i >= 0 && i >= out.size() - 8; i--) {
            var d = out.get(i);
            if (!d.anchor && d.sentence == sentence && d.overlaps(start, end)) return true;
        }
        return false;
    }

    /** the framing word's token index, or -1 */
    public static int frame(Document doc, Sentence s, Cue c) {
        if (!doc.german() || c.kind != Cue.Kind.VERB) return -1;
        if (AS_REASON && (c.lemma.equals("nennen") || c.lemma.equals("angeben"))) {
            int k = asReason(doc, s, c);
            if (k >= 0) return k;
        }
        String word = FRAME.get(c.lemma);
        if (word == null && c.lemma.equals("äußern")) return AeussernFrame.predicative(doc, s, c);
        if (word == null) return NENNEN ? NennenFrame.predicative(doc, s, c) : -1;
        List<Token> tk = doc.tokens;
        int from = Math.max(s.firstToken, c.token - WINDOW), to = Math.min(s.endToken, c.token + WINDOW);
        for (int k = from; k < to; k++) {
            Token t = tk.get(k);
            if (k != c.token && t.lower().equals(word) && doc.quoteAround(t.start) == null) return k;
        }
        // "X bezeichnet das Gespräch mit … über ein Ende des … gegen … als konstruktiv": a long object, no comma before "als"
        if (word.equals("als")) {
            for (int k = c.token + 1; k < Math.min(s.endToken, c.token + LONG_OBJECT); k++) {
                Token t = tk.get(k);
                if (t.isAny(",", ";", ":") || doc.quoteAround(t.start) != null) break;
                if (t.lower().equals("als")) return k;
            }
        }
        // "X bewertet den Fahrplan positiv" (no "als")
        return NENNEN && c.lemma.equals("bewerten") ? NennenFrame.predicative(doc, s, c) : -1;
    }
}
