package org.whosaid.analysis.service;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list as the services hand it on: the items, how many there are in all, the page (0-based), its
 * size and, for search, {@code totalCapped = true} when there are more than {@code total} matches (null otherwise).
 * {@code rest/} turns it into the API's page record; e.g. {@code new Slice<>(List.of(a, b), 7, 0, 2)}.
 */
public record Slice<T>(List<T> items, long total, int page, int size, Boolean totalCapped) {

    public Slice(List<T> items, long total, int page, int size) {
        this(items, total, page, size, null);
    }

    /** The same page with each item turned into another. */
    public <R> Slice<R> map(Function<? super T, ? extends R> f) {
        return new Slice<>(items.stream().<R>map(f).toList(), total, page, size, totalCapped);
    }
}
