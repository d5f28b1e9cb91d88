package org.whosaid.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.config.WhosaidConfig;

/**
 * The page and size of a list request, checked with 400 answers that name the parameter: size 1 to
 * {@code whosaid.analysis.max-page-size} (20 when absent), page 0 to {@code whosaid.analysis.max-page} (0 when absent);
 * e.g. {@code size("50")} is 50, {@code size("x")} answers 400 "size must be a whole number, not \"x\"".
 */
@ApplicationScoped
public class PageRules {
    private final WhosaidConfig config;

    public PageRules(WhosaidConfig config) {
        this.config = config;
    }

    /** A page size given as a query parameter: 400 naming it unless a whole number in range. */
    public int size(String size) {
        return size(integer("size", size));
    }

    /** A page number given as a query parameter: 400 naming it unless a whole number in range. */
    public int page(String page) {
        return page(integer("page", page));
    }

    public int size(Integer size) {
        int s = size == null ? 20 : size;
        if (s < 1 || s > config.analysis().maxPageSize()) {
            throw ApiException.badRequest("size must be between 1 and " + config.analysis().maxPageSize());
        }
        return s;
    }

    public int page(Integer page) {
        int p = page == null ? 0 : page;
        if (p < 0) {
            throw ApiException.badRequest("page must be 0 or more");
        }
        int max = config.analysis().maxPage();
        if (p > max || (long) p * config.analysis().maxPageSize() + config.analysis().maxPageSize() > Integer.MAX_VALUE) {
            throw ApiException.badRequest("page must be at most " + max + " (whosaid.analysis.max-page)");
        }
        return p;
    }

    /** A whole number in int range, or null when absent; 400 naming the parameter otherwise. */
    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not \"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"");
        }
    }
}
