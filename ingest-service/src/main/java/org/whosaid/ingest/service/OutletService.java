package org.whosaid.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.whosaid.ingest.rest.OutletResource;
import org.whosaid.ingest.rest.PageResult;
import org.whosaid.ingest.store.Outlet;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Edits the outlet registry. */
@ApplicationScoped
@Transactional
public class OutletService {

    @Inject
    OutletRegistry registry;

    public PageResult<OutletRegistry.Entry> list(int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ApiException.badRequest("bad-paging", "page must be >= 0 and size between 1 and 200");
        }
        List<OutletRegistry.Entry> items = Outlet.<Outlet>findAll(io.quarkus.panache.common.Sort.by("name"))
                .page(page, size).list().stream().map(OutletRegistry::entry).toList();
        return new PageResult<>(items, Outlet.count(), page, size);
    }

    public OutletRegistry.Entry get(long id) {
        Outlet o = Outlet.findById(id);
        if (o == null) {
            throw ApiException.notFound("no outlet " + id);
        }
        return OutletRegistry.entry(o);
    }

    public OutletRegistry.Entry save(Long id, OutletResource.OutletDto d) {
        if (d == null || d.name() == null || d.name().isBlank() || d.name().length() > 200) {
            throw ApiException.badRequest("bad-outlet", "an outlet needs a name of 1 to 200 characters");
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
            if (Outlet.count("lower(name) = ?1", d.name().strip().toLowerCase()) > 0) {
                throw new ApiException(409, "exists", "an outlet named \"" + d.name().strip() + "\" exists");
            }
            o = new Outlet();
        } else {
            o = Outlet.findById(id);
            if (o == null) {
                throw ApiException.notFound("no outlet " + id);
            }
        }
        o.name = d.name().strip();
        o.aliases = d.aliases() == null ? null : String.join("|", d.aliases().stream().map(String::strip).filter(s -> !s.isEmpty() && !s.contains("|")).toList());
        o.domains = d.domains() == null ? null : String.join("|", d.domains().stream().map(s -> s.strip().toLowerCase()).filter(s -> !s.isEmpty() && !s.contains("|")).toList());
        o.country = d.country();
        o.language = d.language();
        o.zone = d.zone() == null || d.zone().isBlank() ? null : d.zone();
        o.agency = d.agency() != null && d.agency();
        o.note = d.note() != null && d.note().length() > 2000 ? d.note().substring(0, 2000) : d.note();
        if (id == null) {
            o.persist();
        }
        registry.invalidate();
        return OutletRegistry.entry(o);
    }

    public void delete(long id) {
        if (!Outlet.deleteById(id)) {
            throw ApiException.notFound("no outlet " + id);
        }
        registry.invalidate();
    }
}
