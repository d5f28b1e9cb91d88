package org.whosaid.ingest.clean;

/** Test helper mirroring the service's title clean-up (site name suffix removed). */
final class ExtractionTitle {
    private ExtractionTitle() {
    }

    static String strip(String title, String site) {
        for (String sep : new String[]{" | ", " - ", " – "}) {
            int i = title.lastIndexOf(sep);
            if (i > 0 && (site == null || title.substring(i + sep.length()).strip().equalsIgnoreCase(site))) {
                return title.substring(0, i).strip();
            }
        }
        return title.strip();
    }
}
