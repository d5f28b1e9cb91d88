package org.whosaid.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.whosaid.ingest.store.Outlet;

import org.whosaid.ingest.clean.TextSanitizer;
import org.whosaid.ingest.store.Columns;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Edits the outlet registry. */
@ApplicationScoped
@Transactional
public class OutletService {

    @Inject
    OutletRegistry registry;

    public Slice<OutletRegistry.Entry> list(int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ApiException.badRequest("bad-paging", "page must be >= 0 and size between 1 and 200");
        }
        List<OutletRegistry.Entry> items = Outlet.<Outlet>findAll(io.quarkus.panache.common.Sort.by("name"))
                .page(page, size).list().stream().map(OutletRegistry::entry).toList();
        return new Slice<>(items, Outlet.count(), page, size);
    }

    public OutletRegistry.Entry get(long id) {
        Outlet o = Outlet.findById(id);
        if (o == null) {
            throw ApiException.notFound("no outlet " + id);
        }
        return OutletRegistry.entry(o);
    }

    /** What a client asks to store for an outlet (the service's own type: the API record maps to it in {@code rest/}). */
    public record OutletChange(String name, List<String> aliases, List<String> domains, String country, String language,
                               String zone, Boolean agency, String note) {
    }

    public OutletRegistry.Entry save(Long id, OutletChange d) {
        if (d == null || d.name() == null || d.name().isBlank() || d.name().strip().length() > Columns.OUTLET_NAME) {
            throw ApiException.badRequest("bad-outlet", "an outlet needs a name of 1 to " + Columns.OUTLET_NAME + " characters");
        }
        String aliases = joined("aliases", d.aliases(), false);
        String domains = joined("domains", d.domains(), true);
        InputParser.checkLength("country", d.country(), Columns.OUTLET_COUNTRY);
        InputParser.checkLength("zone", d.zone(), Columns.OUTLET_ZONE);
        InputParser.checkLength("note", d.note(), Columns.OUTLET_NOTE);
        String language = null;
        if (d.language() != null && !d.language().isBlank()) {
            InputParser.checkLength("language", d.language(), Columns.OUTLET_LANGUAGE);
            language = Languages.normalize(d.language()).orElseThrow(() -> ApiException.badRequest("bad-language",
                    "language must be a two-letter code such as de or en (de_DE, deu and ger are read as de)"));
        }
        if (d.zone() != null && !d.zone().isBlank()) {
            try {
                ZoneId.of(d.zone());
            } catch (DateTimeException e) {
                throw ApiException.badRequest("bad-zone", "zone \"" + d.zone() + "\" is not a time zone id such as Europe/Berlin");
            }
        }
        Outlet o;
        if (id == null) {
            if (Outlet.count("lower(name) = ?1", TextSanitizer.sanitizeLine(d.name()).toLowerCase()) > 0) {
                throw new ApiException(409, "exists", "an outlet named \"" + d.name().strip() + "\" exists");
            }
            o = new Outlet();
        } else {
            o = Outlet.findById(id);
            if (o == null) {
                throw ApiException.notFound("no outlet " + id);
            }
        }
        o.name = TextSanitizer.sanitizeLine(d.name());
        o.aliases = aliases;
        o.domains = domains;
        o.country = d.country() == null || d.country().isBlank() ? null : d.country().strip();
        o.language = language;
        o.zone = d.zone() == null || d.zone().isBlank() ? null : d.zone().strip();
        o.agency = d.agency() != null && d.agency();
        o.note = d.note() == null ? null : TextSanitizer.sanitize(d.note()).strip();
        if (id == null) {
            o.persist();
        }
        registry.invalidate();
        return OutletRegistry.entry(o);
    }

    /** A list field stored as "a|b|c": no null elements, and the joined value must fit its column (400 naming it). */
    private static String joined(String field, List<String> values, boolean lower) {
        if (values == null) {
            return null;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw ApiException.badRequest("bad-outlet", field + "[" + i + "] is null; give strings only");
            }
        }
        String v = String.join("|", values.stream().map(TextSanitizer::sanitizeLine).map(x -> lower ? x.toLowerCase() : x)
                .filter(x -> !x.isEmpty() && !x.contains("|")).toList());
        int width = field.equals("aliases") ? Columns.OUTLET_ALIASES : Columns.OUTLET_DOMAINS;
        if (v.length() > width) {
            throw ApiException.badRequest("field-too-long", field + " are longer than " + width
                    + " characters together (" + v.length() + ", joined with |)");
        }
        return v;
    }

    public void delete(long id) {
        if (!Outlet.deleteById(id)) {
            throw ApiException.notFound("no outlet " + id);
        }
        registry.invalidate();
    }
}
