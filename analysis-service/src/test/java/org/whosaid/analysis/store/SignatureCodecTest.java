package org.whosaid.analysis.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.align.Signature;

/** The compact signature form keeps every component, including an optional embedding. */
class SignatureCodecTest {

    @Test
    void roundTripsEveryComponent() {
        Signature sig = new Signature(Set.of("staudamm", "vertrag", "unterzeichn"), Set.of("varnholt", "lindau"),
                Set.of("2028", "3.5"), LocalDate.of(2026, 3, 17), true, new float[] {0.25f, -0.5f, 1e-7f, 0f});
        Signature back = SignatureCodec.decode(SignatureCodec.encode(sig));
        assertEquals(sig.terms(), back.terms());
        assertEquals(sig.names(), back.names());
        assertEquals(sig.numbers(), back.numbers());
        assertEquals(sig.day(), back.day());
        assertTrue(back.negated());
        assertArrayEquals(sig.embedding(), back.embedding());
    }

    @Test
    void keepsTheScopeOfANegationAndReadsTheOlderFormAsWholeQuoteNegation() {
        Signature sig = new Signature(Set.of("gespräch", "nützlich", "kompromiss", "finden"), Set.of(), Set.of(), null,
                true, null, Set.of("kompromiss", "finden"));
        Signature back = SignatureCodec.decode(SignatureCodec.encode(sig));
        assertTrue(back.negated());
        assertEquals(Set.of("kompromiss", "finden"), back.negatedTerms());

        // a negation whose clause holds no content word: negated, but it covers nothing
        Signature bare = new Signature(Set.of("gespräch"), Set.of(), Set.of(), null, true, null, Set.of());
        assertEquals(Set.of(), SignatureCodec.decode(SignatureCodec.encode(bare)).negatedTerms());

        // stored before negations had a scope: "1" alone
        String older = SignatureCodec.encode(sig).replace("1\u001fkompromiss\u001ffinden", "1").replace("1\u001ffinden\u001fkompromiss", "1");
        Signature old = SignatureCodec.decode(older);
        assertTrue(old.negated());
        assertEquals(sig.terms(), old.negatedTerms());
    }

    @Test
    void keepsEnglishWordKeysAndReadsTheirAbsenceAsNotRecorded() {
        Signature sig = new Signature(Set.of("found", "depot"), Set.of(), Set.of(), null, false, null, null,
                Set.of("found>foundation"));
        assertEquals(Set.of("found>foundation"), SignatureCodec.decode(SignatureCodec.encode(sig)).wordKeys());
        Signature none = new Signature(Set.of("depot"), Set.of(), Set.of(), null, false, null, null, Set.of());
        assertEquals(Set.of(), SignatureCodec.decode(SignatureCodec.encode(none)).wordKeys());
        Signature older = new Signature(Set.of("depot"), Set.of(), Set.of(), null, false);
        assertNull(SignatureCodec.decode(SignatureCodec.encode(older)).wordKeys());
    }

    @Test
    void roundTripsAnEmptySignatureWithoutDayOrEmbedding() {
        Signature sig = new Signature(Set.of(), Set.of(), Set.of(), null, false);
        Signature back = SignatureCodec.decode(SignatureCodec.encode(sig));
        assertEquals(Set.of(), back.terms());
        assertEquals(Set.of(), back.names());
        assertEquals(Set.of(), back.numbers());
        assertNull(back.day());
        assertNull(back.embedding());
        assertEquals(false, back.negated());
    }

    @Test
    void keepsNonAsciiWords() {
        Signature sig = new Signature(Set.of("übergabe", "straße", "ölpreis"), Set.of("ørsted"), Set.of(), null, false);
        assertEquals(sig.terms(), SignatureCodec.decode(SignatureCodec.encode(sig)).terms());
        assertEquals(sig.names(), SignatureCodec.decode(SignatureCodec.encode(sig)).names());
    }

    @Test
    void leavesOtherFormsToTheCaller() {
        assertNull(SignatureCodec.decode("{\"terms\":[\"vertrag\"],\"names\":[],\"numbers\":[],\"negated\":false}"));
        assertNull(SignatureCodec.decode(null));
        assertNull(SignatureCodec.decode("S2 but not really"));
    }
}
