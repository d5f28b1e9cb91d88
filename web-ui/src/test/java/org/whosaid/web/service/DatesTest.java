package org.whosaid.web.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every date on the pages in one zone, named, whatever offset each article came with. */
class DatesTest {

    @AfterEach
    void reset() {
        Views.zone(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void articlesFromDifferentOffsetsShowInOneNamedZone() {
        Views.zone(ZoneId.of("Europe/Berlin"));
        assertEquals("2026-03-02 10:00 CET", Views.date("2026-03-02T09:00:00Z"));
        assertEquals("2026-03-02 10:00 CET", Views.date("2026-03-02T04:00:00-05:00"));
        assertEquals("2026-07-02 11:00 CEST", Views.date("2026-07-02T09:00:00Z"), "summer time named as such");
        Views.zone(ZoneId.of("UTC"));
        assertEquals("2026-03-02 09:00 UTC", Views.date("2026-03-02T10:00:00+01:00"));
    }

    @Test
    void notADateStaysAsWritten() {
        assertEquals("", Views.date(null));
        assertEquals("gestern", Views.date("gestern"));
    }
}
