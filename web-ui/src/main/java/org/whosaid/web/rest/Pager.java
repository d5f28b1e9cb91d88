package org.whosaid.web.rest;

import io.quarkus.qute.TemplateData;

/** Previous/next links of a paged list; the URLs keep every other query parameter (shareable). */
@TemplateData
public record Pager(int page, int size, long total, int pages, String prev, String next, int from, int to) {
    public static Pager of(String path, String query, int page, int size, long total) {
        return of(path, query, page, size, total, false);
    }

    /** {@code more}: the service counted only up to {@code total} and there are more (a next page is offered while this one is full). */
    public static Pager of(String path, String query, int page, int size, long total, boolean more) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        String prev = page > 0 ? Pages.withParam(path, query, "page", String.valueOf(page - 1)) : "";
        String next = (long) (page + 1) * size < total || more ? Pages.withParam(path, query, "page", String.valueOf(page + 1)) : "";
        int from = total == 0 ? 0 : page * size + 1;
        int to = (int) Math.min(total, (long) (page + 1) * size);
        return new Pager(page, size, total, pages, prev, next, from, to);
    }

    /** A page number from the query: negative reads as 0, above {@code whosaid.web.max-page} is a 400 page naming it. */
    public static int checked(int page, int maxPage) {
        if (page > maxPage) {
            throw new jakarta.ws.rs.BadRequestException("page must be at most " + maxPage + " (whosaid.web.max-page)");
        }
        return Math.max(0, page);
    }

    public int number() { return page + 1; }
    public boolean hasPrev() { return !prev.isEmpty(); }
    public boolean hasNext() { return !next.isEmpty(); }
}
