package org.whosaid.web.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.whosaid.web.service.Views.StatementV;

import java.util.Map;

/**
 * A cluster as schema.org ClaimReview JSON-LD: the reference rendering is the claim reviewed, every rendering an
 * appearance in order of publication with how it spread as its {@code description} ("first", "same wording as AFP",
 * "form: direct → indirect"); reviewRating only once a reviewer has set a verdict (not "unverified"/"in_review").
 */
public final class ClaimReview {
    /** Verdict → rating on a 1 (false) … 5 (true) scale. */
    public static final Map<String, Integer> RATING = Map.of("accurate", 5, "out_of_context", 3, "misquoted", 2,
            "misattributed", 1);

    private ClaimReview() {}

    public static ObjectNode build(ObjectMapper mapper, ClusterModel m, SpreadTimeline spread, String pageUrl,
                                   String organisation, String statusLabel) {
        ObjectNode root = mapper.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "ClaimReview");
        root.put("url", pageUrl);
        StatementV ref = m.reference();
        root.put("claimReviewed", ref == null ? "" : ref.quote());
        String reviewDate = m.decisions().stream().map(ClusterModel.Decision::at).filter(s -> !s.isEmpty())
                .max(String::compareTo).orElse(m.firstSeen());
        if (!reviewDate.isEmpty()) root.put("datePublished", reviewDate.substring(0, Math.min(10, reviewDate.length())));
        ObjectNode author = root.putObject("author");
        author.put("@type", "Organization");
        author.put("name", organisation);
        ObjectNode claim = root.putObject("itemReviewed");
        claim.put("@type", "Claim");
        ObjectNode who = claim.putObject("author");
        who.put("@type", "Person");
        who.put("name", m.speakerName().isEmpty() ? "unknown" : m.speakerName());
        if (ref != null && !ref.publishedAt().isEmpty()) claim.put("datePublished", ref.publishedAt());
        ArrayNode appearances = claim.putArray("appearance");
        for (SpreadTimeline.Entry e : spread.entries()) {
            StatementV s = e.s();
            ObjectNode a = appearances.addObject();
            a.put("@type", "CreativeWork");
            if (!s.url().isEmpty()) a.put("url", s.url());
            if (!s.title().isEmpty()) a.put("headline", s.title());
            if (!s.publishedAt().isEmpty()) a.put("datePublished", s.publishedAt());
            a.put("text", s.quote());
            if (!e.notes().isEmpty()) a.put("description", String.join("; ", e.notes()));
            ObjectNode pub = a.putObject("publisher");
            pub.put("@type", "Organization");
            pub.put("name", s.outlet());
        }
        if (appearances.size() > 0) claim.set("firstAppearance", appearances.get(0).deepCopy());
        Integer rating = RATING.get(m.status());
        if (rating != null) {
            ObjectNode rr = root.putObject("reviewRating");
            rr.put("@type", "Rating");
            rr.put("ratingValue", rating);
            rr.put("bestRating", 5);
            rr.put("worstRating", 1);
            rr.put("alternateName", statusLabel);
        }
        return root;
    }
}
