package org.whosaid.analysis.engine.eval;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Medium;
import org.whosaid.analysis.engine.model.Part;
import org.whosaid.analysis.engine.model.SpeakerRef;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole measuring path on the real dev split: gold annotations turned into engine Statements with character spans
 * (as an extractor would return them) must score exactly 100 on Message, Roles and Joint; dropping half of them must
 * lower recall to about half and keep precision near 100.
 */
class GnqaRoundTripTest {

    static Part part(GnqaDocument d, Set<Integer> ids) {
        if (ids.isEmpty()) return null;
        List<Span> spans = new ArrayList<>();
        ids.stream().sorted().forEach(i -> spans.add(new Span(d.tokens().get(i).charBegin(), d.tokens().get(i).charEnd())));
        return new Part(d.tokenText(ids), spans);
    }

    static Statement fromGold(GnqaDocument d, Annotation a, int n) {
        Part speaker = part(d, a.role(Role.SPEAKER));
        Form form = Form.valueOf(a.type());
        Medium medium = switch (a.medium() == null ? "" : a.medium()) {
            case "Writing" -> Medium.Writing;
            case "Thought" -> Medium.Thought;
            default -> Medium.Speech;
        };
        return new Statement("s-" + n, form, medium, part(d, a.role(Role.QUOTE)),
                speaker == null ? null : new SpeakerRef(speaker.text(), speaker.spans(), speaker.text(), null, "PERSON", "gold"),
                part(d, a.role(Role.CUE)), part(d, a.role(Role.FRAME)), part(d, a.role(Role.ADDRESSEE)),
                null, null, null, 0, "gold-" + a.type(), 1.0, List.of());
    }

    @Test
    void goldThroughTheEngineContractScoresPerfectly() {
        List<GnqaDocument> docs = GnqaDocument.readDirectory(SharedCorpus.require("gnqa2024/dev"));
        assertEquals(150, docs.size());
        GnqaEvaluation all = new GnqaEvaluation(3), half = new GnqaEvaluation(3);
        for (GnqaDocument d : docs) {
            for (int i = 0; i < d.tokens().size(); i++) assertEquals(i, d.tokens().get(i).id(), "token ids are indices");
            List<Statement> statements = new ArrayList<>();
            for (Annotation a : d.gold()) statements.add(fromGold(d, a, statements.size() + 1));
            all.add(d, statements);
            List<Statement> odd = new ArrayList<>();
            for (int i = 0; i < statements.size(); i += 2) odd.add(statements.get(i));
            half.add(d, odd);
        }
        assertTrue(all.goldStatements > 600, "dev has ~650 annotations");
        assertEquals(1.0, all.message.f1(), 1e-12);
        assertEquals(1.0, all.roles.f1(), 1e-12);
        assertEquals(1.0, all.joint.f1(), 1e-12);
        // a kept statement may pair with an overlapping dropped one when that raises the total overlap: near 100
        assertTrue(half.joint.precision() > 0.99, "precision " + half.joint.precision());
        assertTrue(half.joint.recall() > 0.3 && half.joint.recall() < 0.7, "recall " + half.joint.recall());
        assertTrue(half.report().contains("missed"));
    }
}
