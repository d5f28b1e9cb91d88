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
    void datesAreWrittenTheWayThePageLanguageWritesThem() {
        Views.zone(ZoneId.of("Europe/Berlin"));
        String shown = Views.date("2026-03-02T09:00:00Z");
        assertEquals("02.03.2026, 10:00 CET", Views.inLanguage(shown, "de"));
        assertEquals("2 Mar 2026, 10:00 CET", Views.inLanguage(shown, "en"));
        assertEquals("12.11.2026", Views.inLanguage("2026-11-12", "de"), "a day without a time");
        assertEquals("Heute, 19:11", Views.inLanguage("Heute, 19:11", "de"), "not a date we wrote stays as it is");
        assertEquals("2026-02-31 10:00 CET", Views.inLanguage("2026-02-31 10:00 CET", "en"), "no such day: as it is");
    }

    @Test
    void notADateStaysAsWritten() {
        assertEquals("", Views.date(null));
        assertEquals("gestern", Views.date("gestern"));
    }
}
