package org.whosaid.ingest.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News agencies named by the text itself: a first line that is only an agency ("dpa"), which is removed, and the
 * datelines of body paragraphs ("Wummerstadt (dpa) – Die Fähre …"), which stay. Never from photo credits.
 */
final class AgencyLines {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L} ./-]{1,40}\\s*\\((" + Agencies.alternation() + ")(/[\\p{L}]{1,6})*\\)\\s*[-–—:]", Pattern.CASE_INSENSITIVE);

    private AgencyLines() {
    }

    /** A first line naming a news agency is the agency's line, not text. */
    static void leading(PastedPage p) {
        int first = p.firstUnmarked(0);
        if (first >= 0) {
            Optional<String> ag = Agencies.canonical(p.lines.get(first));
            if (ag.isPresent()) {
                p.mark(first, "other", "leading-agency-line");
                p.leadingAgency = ag.get();
                p.agencies.add(ag.get());
                p.prov.put("agencies:" + ag.get(), "leading agency line");
            }
        }
    }

    /** Datelines such as "Wummerstadt (dpa) –" name the agency. */
    static void datelines(PastedPage p) {
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] == null) {
                Matcher dm = DATELINE.matcher(p.lines.get(i));
                if (dm.find()) {
                    Agencies.canonical(dm.group(1)).ifPresent(a -> {
                        p.agencies.add(a);
                        p.prov.putIfAbsent("agencies:" + a, "dateline \"" + dm.group() + "\"");
                    });
                }
            }
        }
    }
}
