package org.whosaid.ingest.clean;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The credit line under an article and what it names. E.g. "Quelle: wummerbote.de, ems/rts/dpa" is a credit line;
 * its credit "wummerbote.de, ems/rts/dpa" names the outlet candidate "wummerbote.de", the agencies Reuters and dpa
 * and the author initials "ems".
 */
final class Credits {

    static final Pattern CREDIT = Pattern.compile(
            "(?i)^(quelle|quellen|source|sources|mit material von|material von|mit material der nachrichtenagenturen)\\s*:?\\s+(.{1,200})$",
            Pattern.UNICODE_CASE);

    private Credits() {
    }

    /**
     * Credit "wummerbote.de, ems/rts/dpa" → outlet candidate (first non-agency part with a letter, else the first
     * agency), with the agencies and initials added to the given sets.
     */
    static String[] parseCredit(String credit, Set<String> agencies, Set<String> authors) {
        String outlet = null;
        String agencyOnly = null;
        String[] parts = credit.split("\\s*[,;]\\s*|\\s+und\\s+|\\s+and\\s+");
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p].trim();
            for (String tok : part.split("\\s*/\\s*")) {
                String t = tok.trim();
                if (t.isEmpty()) {
                    continue;
                }
                Optional<String> ag = Agencies.canonical(t);
                if (ag.isPresent()) {
                    agencies.add(ag.get());
                    if (agencyOnly == null) {
                        agencyOnly = ag.get();
                    }
                } else if (t.matches("\\p{Ll}{2,4}")) {
                    authors.add(t);
                } else if (outlet == null && t.matches(".*\\p{L}.*") && t.length() <= 60) {
                    outlet = t;
                }
            }
        }
        return new String[]{outlet != null ? outlet : agencyOnly};
    }
}
