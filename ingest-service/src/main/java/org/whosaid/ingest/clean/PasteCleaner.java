package org.whosaid.ingest.clean;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Separates an article's own text from the page furniture that comes along when a page is copied from a
 * browser. Every decision is a named rule over a line (one paragraph per line); nothing is keyed to
 * particular outlets. Removed lines are kept as sections: summary, teasers, captions, tags, credits, other.
 * The rules run in this order: {@link BlockRules}, {@link LineRules}, the alt text of {@link Captions}, the leading
 * agency line of {@link AgencyLines}, the trailing tags of {@link LineRules}, {@link HeaderRules}, datelines.
 * E.g. "Kleinwasserburg" / "Neue Fähre fährt ab Mai zweimal am Tag" / "00:00 / 02:17" / a paragraph gives the kicker
 * "Kleinwasserburg", that title, the player time in the section "other" and the paragraph as body and lead.
 */
public final class PasteCleaner {

    /** Cleans {@code text}; dates are only read, not resolved (see {@link DateFinder}). */
    public CleanResult clean(String text, ZoneId zone, ZonedDateTime reference) {
        PastedPage p = new PastedPage(text);
        BlockRules.apply(p);
        LineRules.apply(p);
        Captions.altText(p);
        AgencyLines.leading(p);
        LineRules.trailingTags(p);
        HeaderRules.apply(p, zone, reference);
        AgencyLines.datelines(p);
        return result(p);
    }

    /** The body (unmarked lines), the sections by kind with their rules, and the lead after a title. */
    private static CleanResult result(PastedPage p) {
        List<String> body = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Map<String, StringBuilder> byKind = new LinkedHashMap<>();
        Map<String, String> ruleByKind = new LinkedHashMap<>();
        for (int i = 0; i < p.n; i++) {
            if (p.kind[i] == null) {
                body.add(p.lines.get(i));
            } else if (!p.kind[i].equals("title") && !p.kind[i].equals("kicker")) {
                String k = p.kind[i];
                byKind.computeIfAbsent(k, x -> new StringBuilder());
                if (byKind.get(k).length() > 0) {
                    byKind.get(k).append('\n');
                }
                byKind.get(k).append(p.lines.get(i));
                ruleByKind.merge(k, p.rule[i], (a, b) -> a.contains(b) ? a : a + "; " + b);
            }
        }
        byKind.forEach((k, v) -> sections.add(new Section(k, v.toString(), ruleByKind.get(k))));
        String lead = null;
        if (!body.isEmpty() && p.titleIdx >= 0 && body.get(0).length() <= 700) {
            lead = body.get(0);
            p.prov.put("lead", "first paragraph after the title");
        }
        return new CleanResult(String.join("\n\n", body), p.title, p.kicker, lead, p.dateLine, p.creditOutlet, p.leadingAgency,
                new ArrayList<>(p.agencies), new ArrayList<>(p.authors), sections, p.prov);
    }
}
