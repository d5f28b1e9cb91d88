package org.whosaid.analysis.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 17: a story is named from its headlines, never "Story of article N". */
class StoryNamesTest {

    @Test
    void theWordsMostHeadlinesShareNameTheStory() {
        assertEquals("Hafen Lünsen Montag", StoryNames.fromHeadlines(List.of(
                "Hafen in Lünsen öffnet am Montag wieder",
                "Brandtner: Hafen Lünsen wieder offen ab Montag",
                "Lünsen: Der Hafen ist ab Montag wieder frei")));
    }

    @Test
    void oneHeadlineIsTheNameAndNoSharedWordIsNone() {
        assertEquals("Deich bei Lünsen fertig", StoryNames.fromHeadlines(List.of("Deich bei Lünsen fertig")));
        assertNull(StoryNames.fromHeadlines(List.of("Wetter morgen", "Börse schließt fester")));
        assertNull(StoryNames.fromHeadlines(List.of()));
    }
}
