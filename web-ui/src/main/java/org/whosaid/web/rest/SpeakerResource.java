package org.whosaid.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.whosaid.web.client.Downstream;
import org.whosaid.web.client.Json;
import org.whosaid.web.config.WebConfig;
import org.whosaid.web.service.Views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** People and institutions: all their statements, spellings, roles over time and conflicts about them. */
@Path("/speakers")
@Produces(MediaType.TEXT_HTML)
public class SpeakerResource {
    @Inject Downstream downstream;
    @Inject Pages pages;
    @Inject WebConfig config;
    @Inject @Location("speakers.html") Template speakers;
    @Inject @Location("speaker.html") Template speaker;

    @TemplateData
    public record SpeakerRow(String entityId, String name, List<String> aliases, long statements, String kind) {}

    @TemplateData
    public record RoleV(String role, String from, String to, String outlet) {}

    /** One spelling of a speaker's name, with the outlets that wrote it ("H. Vogt" in Küstenbote, Marschblatt). */
    @TemplateData
    public record AliasV(String spelling, long mentions, List<String> outlets) {}

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page) {
        int size = config.web().pageSize();
        int p = Pager.checked(page, config.web().maxPage());
        JsonNode res = downstream.analysis(a -> a.speakers(ArticleResource.blank(q), p, size));
        List<SpeakerRow> rows = Json.items(res).stream().map(SpeakerResource::row).toList();
        String query = q == null || q.isBlank() ? "" : Pages.withParam("", "", "q", q.trim()).substring(1);
        return speakers.data("p", pages.ctx()).data("speakers", rows).data("q", q == null ? "" : q)
                .data("pager", Pager.of("/speakers", query, p, size, Json.total(res)));
    }

    @GET
    @Path("/{entityId}")
    public TemplateInstance show(@PathParam("entityId") String entityId, @QueryParam("page") @DefaultValue("0") int page) {
        JsonNode sp = downstream.analysis(a -> a.speaker(entityId));
        SpeakerRow row = row(sp);
        int size = config.web().pageSize();
        int p = Pager.checked(page, config.web().maxPage());
        JsonNode st = downstream.analysis(a -> a.statements(null, null, entityId, null, null, null, null, null, null, null, p, size));
        List<Views.StatementV> statements = Json.items(st).stream().map(Views::statement).toList();
        List<RoleV> roles = new ArrayList<>();
        for (JsonNode r : Json.list(sp, "roles", "titles")) {
            if (r.isValueNode()) roles.add(new RoleV(r.asText(), "", "", ""));
            else roles.add(new RoleV(Json.any(r, "role", "title", "name", "value"), Views.date(Json.any(r, "from", "firstSeen", "since")),
                    Views.date(Json.any(r, "to", "lastSeen", "until")), Json.any(r, "outlet", "source")));
        }
        List<Views.ConflictV> conflicts = new ArrayList<>(Json.list(sp, "conflicts").stream().map(Views::conflict).toList());
        if (Json.field(sp, "conflicts") == null) {
            JsonNode all = downstream.analysisOrNull(a -> a.conflicts(0, 200));
            Set<String> names = new LinkedHashSet<>();
            names.add(row.name().toLowerCase(Locale.ROOT));
            row.aliases().forEach(x -> names.add(x.toLowerCase(Locale.ROOT)));
            for (JsonNode c : Json.items(all)) {
                String subject = Json.any(c, "subject").toLowerCase(Locale.ROOT);
                String eid = Json.any(c, "entityId", "subjectEntityId");
                boolean hit = eid.equals(entityId) || names.stream().anyMatch(n -> !n.isBlank() && (subject.contains(n) || n.contains(subject) && !subject.isBlank()));
                if (hit) conflicts.add(Views.conflict(c));
            }
        }
        List<AliasV> aliases = new ArrayList<>();
        for (JsonNode a : Json.list(sp, "aliases", "variants", "spellings", "names")) {
            String spelling = a.isValueNode() ? a.asText() : Json.any(a, "spelling", "name", "text", "value");
            if (!spelling.isBlank() && !spelling.equals(row.name()) && aliases.stream().noneMatch(x -> x.spelling().equals(spelling))) {
                aliases.add(new AliasV(spelling, a.isValueNode() ? 0 : Json.longOf(a, "mentions", 0),
                        a.isValueNode() ? List.of() : Json.strings(a, "outlets")));
            }
        }
        return speaker.data("p", pages.ctx()).data("s", row).data("aliases", aliases).data("roles", roles).data("statements", statements)
                .data("conflicts", conflicts)
                .data("pager", Pager.of("/speakers/" + entityId, "", p, size, Json.total(st)));
    }

    static SpeakerRow row(JsonNode s) {
        List<String> aliases = new ArrayList<>();
        for (String a : Json.strings(s, "aliases", "variants", "spellings", "names")) if (!aliases.contains(a)) aliases.add(a);
        String name = Json.any(s, "name", "canonicalName");
        aliases.remove(name);
        return new SpeakerRow(Json.any(s, "entityId", "id"), name, aliases,
                Json.longOf(s, "statements", Json.longOf(s, "statementCount", 0)), Json.any(s, "kind"));
    }
}
