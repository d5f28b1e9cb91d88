package org.whosaid.analysis.service;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders a statement search can answer in ({@code sort} on GET /api/statements), each with its SQL over the
 * statement row {@code s}. Newest first is the default and the one the term index serves without a sort; the others
 * sort the matches (read up to the page's end).
 *
 * <p>Example: {@code sort=outlets} lists a rendering whose statement four outlets carry before one only its own outlet
 * has; among equals the newest first.
 */
public enum StatementOrder {
    /** Newest first, statements without a date last. */
    NEWEST("newest", " order by s.published_at desc nulls last, s.id desc"),
    /** Oldest first: who had it first; statements without a date last. */
    OLDEST("oldest", " order by s.published_at asc nulls last, s.id asc"),
    /** Most outlets carrying the statement (the rendering's cluster) first, then newest first. */
    OUTLETS("outlets", " order by (select c.outlet_count from cluster c where c.id = s.cluster_id) desc nulls last,"
            + " s.published_at desc nulls last, s.id desc");

    private final String name;
    private final String sql;

    StatementOrder(String name, String sql) {
        this.name = name;
        this.sql = sql;
    }

    /** The parameter value ("newest", "oldest", "outlets"). */
    public String parameter() {
        return name;
    }

    /** The ORDER BY clause over {@code statement s}, with a leading space. */
    String sql() {
        return sql;
    }

    /** The order a parameter names; absent or blank is {@link #NEWEST}; anything else a 400 naming the choices. */
    public static StatementOrder of(String value) {
        if (value == null || value.isBlank()) {
            return NEWEST;
        }
        for (StatementOrder o : values()) {
            if (o.name.equals(value.strip().toLowerCase())) {
                return o;
            }
        }
        throw ApiException.badRequest("sort must be one of " + Arrays.stream(values()).map(StatementOrder::parameter)
                .collect(Collectors.joining(", ")));
    }
}
