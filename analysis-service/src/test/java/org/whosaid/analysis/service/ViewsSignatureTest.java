package org.whosaid.analysis.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.align.AlignConfig;
import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.Lexicon;
import org.whosaid.analysis.engine.align.Signature;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.store.SignatureCodec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Stored signatures stay readable across versions: compact form, the JSON of earlier versions, else recomputed. */
class ViewsSignatureTest {
    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    final Aligner aligner = new Aligner(AlignConfig.defaults(), Lexicon.empty());
    final Views views = new Views(json, aligner);
    final StatementView view = new StatementView("3-s-1", 3, "Kestrel Post",
            OffsetDateTime.of(2026, 3, 18, 7, 0, 0, 0, ZoneOffset.UTC), "en", "p-7", "Mira Talvik", "Direct",
            "The harbour dredging will cost 4,500 crowns per household", "Talvik said on Tuesday.", null, null);

    @Test
    void writesTheCompactFormAndReadsItBack() throws Exception {
        Signature sig = aligner.signature(view);
        String stored = views.write(sig);
        assertTrue(stored.startsWith(SignatureCodec.PREFIX));
        Signature back = views.signature(stored, view);
        assertEquals(sig.terms(), back.terms());
        assertEquals(sig.numbers(), back.numbers());
        assertEquals(sig.day(), back.day());
    }

    @Test
    void readsTheJsonOfEarlierVersions() throws Exception {
        Signature old = new Signature(Set.of("harbour", "dredg"), Set.of("lindau"), Set.of("4500"),
                LocalDate.of(2026, 3, 17), false);
        String stored = json.writeValueAsString(old);
        assertTrue(stored.startsWith("{"));
        Signature back = views.signature(stored, view);
        assertEquals(old.terms(), back.terms());
        assertEquals(old.names(), back.names());
        assertEquals(old.numbers(), back.numbers());
        assertEquals(old.day(), back.day());
    }

    @Test
    void computesAgainWhenMissingOrUnreadable() {
        Signature fresh = aligner.signature(view);
        assertEquals(fresh.terms(), views.signature(null, view).terms());
        assertEquals(fresh.terms(), views.signature("{not json", view).terms());
        assertEquals(fresh.terms(), views.signature("something else", view).terms());
    }
}
