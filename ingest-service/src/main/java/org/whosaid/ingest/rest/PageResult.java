package org.whosaid.ingest.rest;

import java.util.List;

import org.whosaid.ingest.service.Slice;

/** A page of a list: items, total, page (0-based), size. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    /** The API's page of a service's slice. */
    public static <T> PageResult<T> of(Slice<T> s) {
        return new PageResult<>(s.items(), s.total(), s.page(), s.size());
    }

    /** One page of a list held in memory. */
    public static <T> PageResult<T> slice(List<T> all, Paging pg) {
        long from = (long) pg.page() * pg.size();
        List<T> items = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + pg.size()));
        return new PageResult<>(List.copyOf(items), all.size(), pg.page(), pg.size());
    }
}
