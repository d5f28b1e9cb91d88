package org.whosaid.ingest.rest;

import org.whosaid.ingest.service.ApiException;

/** page and size query parameters of every list: whole numbers, size 1..200, page 0..whosaid.limits.max-page (400 naming the parameter). */
public record Paging(int page, int size) {
    public static final int MAX_SIZE = 200;

    public static Paging of(String page, String size, int maxPage) {
        return of(page, size, maxPage, 20);
    }

    /** As {@link #of(String, String, int)} with another default size (lists of one article default to all of it). */
    public static Paging of(String page, String size, int maxPage, int defaultSize) {
        int p = number("page", page, 0);
        int s = number("size", size, defaultSize);
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badRequest("bad-paging", "size must be between 1 and " + MAX_SIZE);
        }
        if (p < 0) {
            throw ApiException.badRequest("bad-paging", "page must be 0 or more");
        }
        if (p > maxPage || (long) p * s + s > Integer.MAX_VALUE) {
            throw ApiException.badRequest("bad-paging", "page must be at most " + maxPage + " (whosaid.limits.max-page)");
        }
        return new Paging(p, s);
    }

    private static int number(String name, String value, int dflt) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad-paging", name + " must be a whole number, not \"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"");
        }
    }
}
