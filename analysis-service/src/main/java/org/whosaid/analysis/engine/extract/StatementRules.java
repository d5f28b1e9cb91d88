package org.whosaid.analysis.engine.extract;

import org.whosaid.analysis.engine.layer.Draft;
import org.whosaid.analysis.engine.layer.Cue;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.extract.rules.ContinuationMarker;
import org.whosaid.analysis.engine.extract.rules.CoordinatedCue;
import org.whosaid.analysis.engine.extract.rules.CoordinatedSpeaker;
import org.whosaid.analysis.engine.extract.rules.SpeakerTail;
import org.whosaid.analysis.engine.extract.rules.OwnMedium;
import org.whosaid.analysis.engine.extract.rules.RelativeSpeaker;
import org.whosaid.analysis.engine.extract.rules.ObliqueSpeaker;
import org.whosaid.analysis.engine.extract.rules.Dedupe;
import org.whosaid.analysis.engine.extract.rules.QuotedTitleSpeaker;
import org.whosaid.analysis.engine.extract.rules.FrameSpans;
import org.whosaid.analysis.engine.extract.rules.KonjunktivCueInside;
import org.whosaid.analysis.engine.extract.rules.DirectQuotes;
import org.whosaid.analysis.engine.extract.rules.EnglishHeadlineSays;
import org.whosaid.analysis.engine.extract.rules.HeadlineClaim;
import org.whosaid.analysis.engine.extract.rules.HeadlineColon;
import org.whosaid.analysis.engine.extract.rules.HeadlineQuoteColon;
import org.whosaid.analysis.engine.extract.rules.KonjunktivContinuation;
import org.whosaid.analysis.engine.extract.rules.KonjunktivCueSentence;
import org.whosaid.analysis.engine.extract.rules.LautMarker;
import org.whosaid.analysis.engine.extract.rules.NachAngabenMarker;
import org.whosaid.analysis.engine.extract.rules.NestedQuotes;
import org.whosaid.analysis.engine.extract.rules.Overlaps;
import org.whosaid.analysis.engine.extract.rules.Parents;
import org.whosaid.analysis.engine.extract.rules.ReportOfReport;
import org.whosaid.analysis.engine.extract.rules.Roles;
import org.whosaid.analysis.engine.extract.rules.SoMarker;
import org.whosaid.analysis.engine.extract.rules.SpeakerColonLine;
import org.whosaid.analysis.engine.extract.rules.SpeakerSpans;
import org.whosaid.analysis.engine.extract.rules.StanceDass;
import org.whosaid.analysis.engine.extract.rules.VerbCue;
import org.whosaid.analysis.engine.extract.rules.WonachMarker;
import org.whosaid.analysis.engine.extract.rules.ZufolgeMarker;
import org.whosaid.analysis.engine.lang.Sentence;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Medium;
import org.whosaid.analysis.engine.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The statement rules, run in a fixed order over the layers (sentences, tokens, quotes, cues, mentions); each rule is
 * a class of {@code engine.extract.rules} and its name appears in every statement's {@code rule} and evidence.
 * Example: in "„Wir bleiben“, sagte die Ministerin. Der Hafen sei sicher." the cue "sagte" makes a
 * {@code content-then-cue} statement and the next sentence a {@code konjunktiv-continues} one of the same speaker.
 *
 * <ol>
 *   <li>One statement per cue, in text order: speech verbs through {@link VerbCue} (content-then-cue, das-cue,
 *       cue-then-content, wie-cue, speech-act, reported-frame, …); markers {@link LautMarker} (laut, according to),
 *       {@link ZufolgeMarker}, {@link NachAngabenMarker}, {@link SoMarker}, {@link ContinuationMarker} (hieß es,
 *       demnach) and {@link WonachMarker}.</li>
 *   <li>{@link DirectQuotes} attaches the remaining direct quotes; {@link KonjunktivContinuation} the Konjunktiv
 *       sentences after a statement, {@link KonjunktivCueSentence} those whose own cue is in Konjunktiv; {@link HeadlineColon}, {@link HeadlineQuoteColon}, {@link SpeakerColonLine} and {@link HeadlineClaim} the
 *       headline and "Name: …" forms; {@link NestedQuotes} the quoted words inside indirect speech.</li>
 *   <li>Finishing: speaker spans widened ({@link SpeakerSpans}, {@link CoordinatedSpeaker}), frames widened to the
 *       narrating clause ({@link FrameSpans}), anchors and short unattributed quotes dropped, Konjunktiv cues inside
 *       another statement's content dropped ({@link KonjunktivCueInside}), duplicates removed ({@link Dedupe}), parents set ({@link Parents}), unattributed reports of an attributed
 *       statement dropped ({@link ReportOfReport}).</li>
 * </ol>
 */
public final class StatementRules {
    /** quotes left unattributed continue a statement found after them (issue 13, h13) */
    static final boolean REATTACH = !Boolean.getBoolean("whosaid.noReattach");

    public List<Draft> apply(Document doc) {
        List<Draft> out = new ArrayList<>();
        for (Cue c : doc.cues) {
            Sentence s = doc.sentences.get(c.sentence);
            if (!s.body || s.headline) continue;
            Draft d = switch (c.kind) {
                case VERB -> VerbCue.apply(doc, s, c, out);
                case LAUT, ACCORDING_TO -> LautMarker.apply(doc, s, c);
                case ZUFOLGE -> ZufolgeMarker.apply(doc, s, c);
                case NACH_ANGABEN -> NachAngabenMarker.apply(doc, s, c);
                case SO -> SoMarker.apply(doc, s, c);
                case HIESS_ES, DEMNACH -> ContinuationMarker.apply(doc, s, c, out);
                case WONACH -> WonachMarker.apply(doc, s, c);
                case WIE -> null;
            };
            if (d != null && !d.quote.isEmpty()) {
                Roles.addCueSpans(doc, d, c);
                if (d.medium == Medium.Speech) d.medium = c.medium;
                out.add(d);
            }
        }
        StanceDass.apply(doc, out);
        DirectQuotes.apply(doc, out);
        KonjunktivContinuation.apply(doc, out);
        if (REATTACH && DirectQuotes.reattach(out)) KonjunktivContinuation.apply(doc, out);
        KonjunktivCueSentence.apply(doc, out);
        DirectQuotes.partialContinues(doc, out);
        HeadlineColon.apply(doc, out);
        HeadlineQuoteColon.apply(doc, out);
        SpeakerColonLine.apply(doc, out);
        HeadlineClaim.apply(doc, out);
        EnglishHeadlineSays.apply(doc, out);
        NestedQuotes.apply(doc, out);
        finish(doc, out);
        return out;
    }

    private static void finish(Document doc, List<Draft> out) {
        out.sort(Comparator.comparingInt(Draft::start).thenComparingInt(d -> -d.end()));
        for (Draft d : out) QuotedTitleSpeaker.apply(doc, d);
        for (Draft d : out) if (d.speaker != null) d.speaker = SpeakerSpans.extend(doc, d.speaker, d);
        for (Draft d : out) CoordinatedSpeaker.widen(doc, d);
        for (Draft d : out) SpeakerTail.apply(doc, d);
        for (Draft d : out) OwnMedium.apply(doc, d);
        for (Draft d : out) RelativeSpeaker.apply(doc, d);
        for (Draft d : out) ObliqueSpeaker.apply(doc, d);
        CoordinatedCue.shareSubjects(out);
        for (Draft d : out) SpeakerSpans.frameCoversSpeaker(doc, d);
        FrameSpans.fromSentenceStart(doc, out);
        for (Draft d : out) FrameSpans.commas(doc, d);
        out.removeIf(d -> d.anchor);
        for (Draft d : out) {
            if (d.form != Form.Direct || d.quote.size() != 1) continue;
            Span q = d.quote.get(0);
            int e = q.end();
            while (e > q.start() + 1 && doc.text.charAt(e - 1) == ',') e--;
            if (e != q.end()) d.quote.set(0, new Span(q.start(), e));
        }
        out.removeIf(d -> d.form == Form.Direct && d.speaker == null && d.speakerFrom == null && d.parent == null
                && QuoteFinder.countWords(doc.text, d.start(), d.end()) < 4);
        out.removeIf(d -> d.rule.equals("partial-quote-in-cue-sentence") && Overlaps.insideFrame(out, d));
        KonjunktivCueInside.apply(doc, out);
        Dedupe.apply(out);
        Parents.apply(out);
        ReportOfReport.apply(doc, out);
    }
}
