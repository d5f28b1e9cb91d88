package org.whosaid.analysis.service;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one language rule of ingest and analysis (the same class as the ingest-service's
 * {@code org.whosaid.ingest.service.Languages}; keep the two equal): a stored language is an ISO 639-1 code of two lower-case letters.
 * Region and script suffixes are dropped (de_DE, de-AT, en-GB → de, en) and ISO 639-2 codes of the languages the
 * registry knows are mapped (deu, ger → de; eng → en; …). Anything else is refused at the API (400) and dropped when
 * found in a page.
 */
public final class Languages {
    private Languages() {
    }

    private static final Map<String, String> THREE = Map.ofEntries(
            Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("eng", "en"), Map.entry("fra", "fr"),
            Map.entry("fre", "fr"), Map.entry("rus", "ru"), Map.entry("ukr", "uk"), Map.entry("pol", "pl"),
            Map.entry("ita", "it"), Map.entry("spa", "es"), Map.entry("nld", "nl"), Map.entry("dut", "nl"),
            Map.entry("tur", "tr"), Map.entry("ara", "ar"), Map.entry("por", "pt"), Map.entry("ces", "cs"),
            Map.entry("cze", "cs"), Map.entry("dan", "da"), Map.entry("swe", "sv"), Map.entry("nor", "no"),
            Map.entry("fin", "fi"), Map.entry("hun", "hu"), Map.entry("ell", "el"), Map.entry("gre", "el"),
            Map.entry("zho", "zh"), Map.entry("chi", "zh"), Map.entry("jpn", "ja"));

    /** The two-letter code of {@code value}, or empty when it is not a language code this rule knows. */
    public static Optional<String> normalize(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (!v.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3}")) {
            return Optional.empty();
        }
        String primary = v.split("[-_]")[0].toLowerCase(Locale.ROOT);
        if (primary.length() == 2) {
            return Optional.of(primary);
        }
        return Optional.ofNullable(THREE.get(primary));
    }
}
