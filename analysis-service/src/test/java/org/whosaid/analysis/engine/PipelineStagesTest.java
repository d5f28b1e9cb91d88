package org.whosaid.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.layer.Document;

/** Each stage adds one layer and says which layers it reads; a stage placed before what it reads is refused. */
class PipelineStagesTest {

    @Test
    void everyStageReadsOnlyLayersAddedBeforeIt() {
        Pipeline p = Pipeline.standard();
        assertEquals(List.of("language", "sentences", "tokens", "quotes", "cues", "mentions", "statements", "speakers"),
                p.stageNames());
        Pipeline.checkOrder(p.stages()); // the standard order passes
        assertEquals(List.of("mentions", "statements"), p.stages().get(7).requires());
    }

    @Test
    void aStageBeforeItsLayersIsRefusedWithTheLayerNamed() {
        Pipeline.Stage cues = Pipeline.stage("cues", List.of("tokens", "quotes"), d -> { });
        Pipeline.Stage tokens = Pipeline.stage("tokens", List.of(), d -> { });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.checkOrder(List.of(cues, tokens)));
        assertTrue(e.getMessage().contains("'cues' reads layer 'tokens'"), e.getMessage());
    }

    @Test
    void aReaderCanStopAfterAnyStage() {
        Document d = Pipeline.standard().analyse("„Wir bauen die Brücke“, sagte Bürgermeisterin Ilse Brandtner.", "de");
        assertEquals(1, d.quotes.size());
        assertTrue(!d.cues.isEmpty() && !d.mentions.isEmpty() && d.statements.size() == 1);
    }
}
