package org.whosaid.analysis.rest;

import java.util.List;

import org.whosaid.analysis.service.Slice;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every list answers {items, total, page, size}. Search may answer {@code totalCapped: true}: there are more than
 * {@code total} matches (counting them all would cost a scan; see whosaid.analysis.search-count-max).
 */
public record PageJson<T>(List<T> items, long total, int page, int size,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean totalCapped) {
    public PageJson(List<T> items, long total, int page, int size) {
        this(items, total, page, size, null);
    }

    /** The API's page of a service's slice. */
    public static <T> PageJson<T> of(Slice<T> s) {
        return new PageJson<>(s.items(), s.total(), s.page(), s.size(), s.totalCapped());
    }
}
