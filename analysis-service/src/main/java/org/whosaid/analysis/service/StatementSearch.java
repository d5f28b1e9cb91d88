package org.whosaid.analysis.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.service.QueryService.StatementFilter;
import org.whosaid.analysis.store.StatementEntity;

/**
 * Search over statements (GET /api/statements), newest first, on H2 and PostgreSQL alike.
 *
 * <p>Words go through {@code statement_term}: the folded words of quote and speaker, each row carrying its
 * statement's time, indexed by {@code (term, published_at desc nulls last, statement_id desc)} (V4 migration). All
 * words must match, the last one as a prefix. A speaker filter adds its words as prefixes too (the speaker's name is
 * indexed with the quote), next to the folded-substring condition on the name. The plans:
 * <ul>
 *   <li><b>Posting list</b>: the rarest word (by a bounded count) drives. Its index rows are already in result order,
 *   so the query reads them newest first, checks the other words and filters for each, and stops after
 *   {@code page * size + size} matches (or {@code search-count-max + 1}, to tell whether the total is exact): a deep
 *   page or a common word costs index rows, not a sort. A prefix drives as the union of the ordered lists of the
 *   terms it expands to (at most {@code search-prefix-terms}).</li>
 *   <li><b>Newest statements</b>: only when every word is a prefix of too many terms ("ab"): statements are read
 *   newest first and checked (the old plan; {@code search-term-scan-limit} lets a rare prefix drive by id list).</li>
 *   <li><b>Filters only</b>: indexed columns of {@code statement}, counted exactly.</li>
 * </ul>
 * Another order ({@link StatementOrder}: oldest first, most outlets first) takes the statements plan below with a
 * sort of the matches, the rarest word driving by its statement ids when it is rare enough.
 * Totals above {@code search-count-max} come back as {@code totalCapped}.
 */
@ApplicationScoped
public class StatementSearch {

    /**
     * The term index's order. "t.term" first although it is fixed by the condition: H2 then reads the index in order
     * and stops early (with the time alone it reads every row of the term and sorts them).
     */
    private static final String TERM_ORDER = " order by t.term, t.published_at desc nulls last, t.statement_id desc";

    /** Words of a speaker filter used as search terms (the rest only through the substring condition). */
    private static final int MAX_SPEAKER_WORDS = 4;

    private final EntityManager em;
    private final StatementReader reader;
    private final WhosaidConfig config;

    public StatementSearch(EntityManager em, StatementReader reader, WhosaidConfig config) {
        this.em = em;
        this.reader = reader;
        this.config = config;
    }

    /** One word of the query: exact, or the last word as a prefix ({@code [lo, hi)} on the term index). */
    private record Word(String text, boolean prefix, String lo, String hi) {
        static Word of(String text, boolean prefix) {
            String t = prefix ? text.replace("%", "").replace("_", "") : text;
            String hi = t.substring(0, t.length() - 1) + (char) (t.charAt(t.length() - 1) + 1);
            return new Word(t, prefix, t, hi);
        }

        /** The condition on a term column; parameters named {@code name}, {@code name_lo}, {@code name_hi}. */
        String condition(String column, String name, Map<String, Object> params) {
            if (!prefix) {
                params.put(name, text);
                return column + " = :" + name;
            }
            params.put(name, text + "%");
            params.put(name + "_lo", lo);
            params.put(name + "_hi", hi);
            // the range is what the index serves on both databases; LIKE keeps the meaning exact whatever the collation
            return column + " like :" + name + " and " + column + " >= :" + name + "_lo and " + column + " < :" + name + "_hi";
        }
    }

    public Slice<StoredStatement> search(StatementFilter f, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        statementFilters(f, where, params);
        List<Word> words = new ArrayList<>(words(f.q()));
        // the speaker's name is indexed with the quote's words: a speaker filter also narrows by the term index (each
        // of its words as a prefix), the folded-substring condition on speaker_key above keeps the meaning exact
        if (f.speaker() != null) {
            Texts.terms(f.speaker()).stream().limit(MAX_SPEAKER_WORDS).forEach(w -> words.add(Word.of(w, true)));
        }
        if (words.isEmpty()) {
            return filtersOnly(f, where, params, page, size);
        }
        int scanLimit = config.analysis().searchTermScanLimit();
        long[] counts = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            counts[i] = termCount(words.get(i), scanLimit + 1L);
        }
        if (f.order() != StatementOrder.NEWEST) {
            return statementsInOrder(f, words, counts, where, params, page, size); // the term index is newest first only
        }
        // the rarest word drives; a prefix of too many terms cannot, then the rarest exact word does
        int driver = -1;
        List<String> expansion = null;
        for (int i : byCount(counts)) {
            Word w = words.get(i);
            List<String> terms = w.prefix() ? expand(w, config.analysis().searchPrefixTerms()) : List.of(w.text());
            if (terms != null) {
                driver = i;
                expansion = terms;
                break;
            }
        }
        if (expansion != null && expansion.isEmpty()) {
            return new Slice<>(List.of(), 0, page, size); // a prefix no stored term starts with
        }
        if (driver < 0) {
            return statementsInOrder(f, words, counts, where, params, page, size);
        }
        return postingList(f, words, driver, expansion, where, params, page, size);
    }

    private static List<Word> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>(Texts.terms(q));
        if (terms.isEmpty()) {
            throw ApiException.badRequest("q has no searchable word (at least 2 letters or digits)");
        }
        if (terms.size() > 10) {
            throw ApiException.badRequest("q has more than 10 words");
        }
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            words.add(Word.of(terms.get(i), i == terms.size() - 1));
        }
        return words;
    }

    /** Conditions on the statement row (alias s) and its cluster. */
    private static void statementFilters(StatementFilter f, List<String> where, Map<String, Object> params) {
        if (f.speaker() != null && !f.speaker().isBlank()) {
            where.add("s.speaker_key like :speaker");
            params.put("speaker", "%" + Names.fold(f.speaker()).replace("%", "").replace("_", "") + "%");
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            where.add("s.entity_id = :entity");
            params.put("entity", f.entityId());
        }
        if (f.outlet() != null && !f.outlet().isBlank()) {
            where.add("s.outlet = :outlet");
            params.put("outlet", f.outlet());
        }
        if (f.form() != null && !f.form().isBlank()) {
            where.add("s.form = :form");
            params.put("form", f.form());
        }
        if (f.clusterId() != null) {
            where.add("s.cluster_id = :cluster");
            params.put("cluster", f.clusterId());
        }
        if (f.hasConflict() != null) {
            where.add("exists (select 1 from cluster c where c.id = s.cluster_id and c.has_conflict = :hc)");
            params.put("hc", f.hasConflict());
        }
        if (f.reviewStatus() != null && !f.reviewStatus().isBlank()) {
            where.add("exists (select 1 from cluster c where c.id = s.cluster_id and c.review_status = :rs)");
            params.put("rs", f.reviewStatus());
        }
    }

    /** The date range on a published_at column (the statement's, or the term row's copy of it). */
    private static void dates(StatementFilter f, String column, List<String> where, Map<String, Object> params) {
        if (f.from() != null) {
            where.add(column + " >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.add(column + " <= :to");
            params.put("to", f.to());
        }
    }

    /** Filters only: indexed columns, counted exactly (an unfiltered total is the number of stored statements). */
    private Slice<StoredStatement> filtersOnly(StatementFilter f, List<String> where, Map<String, Object> params,
                                                  int page, int size) {
        dates(f, "s.published_at", where, params);
        String w = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        List<Object> ids = list(query("select s.id from statement s where " + w + f.order().sql(), params)
                .setFirstResult(page * size).setMaxResults(size));
        long total = ((Number) query("select count(*) from statement s where " + w, params).getSingleResult()).longValue();
        return new Slice<>(read(ids), total, page, size);
    }

    /**
     * The driver's ordered index rows (one list per term it expands to, merged by UNION, which also drops a statement
     * found through two terms of one prefix), each checked against the other words and the filters, read up to the
     * end of the page or one past the count cap, whichever is further.
     */
    private Slice<StoredStatement> postingList(StatementFilter f, List<Word> words, int driver, List<String> terms,
                                                  List<String> statementWhere, Map<String, Object> params, int page,
                                                  int size) {
        List<String> conds = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i != driver) {
                conds.add("exists (select 1 from statement_term u" + i + " where u" + i + ".statement_id = t.statement_id and "
                        + words.get(i).condition("u" + i + ".term", "w" + i, params) + ")");
            }
        }
        dates(f, "t.published_at", conds, params);
        if (!statementWhere.isEmpty()) {
            conds.add("exists (select 1 from statement s where s.id = t.statement_id and "
                    + String.join(" and ", statementWhere) + ")");
        }
        int cap = config.analysis().searchCountMax();
        long end = (long) page * size + size;
        int read = (int) Math.min(Integer.MAX_VALUE, Math.max(end, cap + 1L));
        String extra = conds.isEmpty() ? "" : " and " + String.join(" and ", conds);
        StringBuilder sql = new StringBuilder();
        for (int j = 0; j < terms.size(); j++) {
            params.put("d" + j, terms.get(j));
            String branch = "select t.statement_id, t.published_at from statement_term t where t.term = :d" + j + extra
                    + TERM_ORDER + " fetch first " + read + " rows only";
            sql.append(j == 0 ? "" : " union ").append(terms.size() == 1 ? branch : "(" + branch + ")");
        }
        String q = terms.size() == 1 ? sql.toString()
                : "select x.statement_id, x.published_at from (" + sql + ") x"
                        + " order by x.published_at desc nulls last, x.statement_id desc fetch first " + read + " rows only";
        List<Object> ids = new ArrayList<>();
        for (Object row : list(query(q, params))) {
            ids.add(((Object[]) row)[0]);
        }
        int from = (int) Math.min(ids.size(), (long) page * size);
        List<Object> pageIds = ids.subList(from, (int) Math.min(ids.size(), end));
        if (ids.size() < read || ids.size() <= cap) {
            return new Slice<>(read(pageIds), ids.size(), page, size);
        }
        long total = Math.max(cap, (long) page * size + pageIds.size());
        return new Slice<>(read(pageIds), total, page, size, true);
    }

    /**
     * Statements in the filter's order, each checked against the words (for newest first: when every word is a prefix
     * of more terms than can be merged): a rare word drives by its statement ids, else statements are read in order and
     * checked until the page is full, the total counted up to the cap.
     */
    private Slice<StoredStatement> statementsInOrder(StatementFilter f, List<Word> words, long[] counts,
                                                       List<String> where, Map<String, Object> params, int page,
                                                       int size) {
        dates(f, "s.published_at", where, params);
        int rarest = byCount(counts).get(0);
        boolean byIds = counts[rarest] <= config.analysis().searchTermScanLimit();
        for (int i = 0; i < words.size(); i++) {
            String cond = words.get(i).condition("t.term", "w" + i, params);
            if (byIds && i == rarest) {
                where.add(0, "s.id in (select t.statement_id from statement_term t where " + cond + ")");
            } else {
                where.add("exists (select 1 from statement_term t where t.statement_id = s.id and " + cond + ")");
            }
        }
        String w = String.join(" and ", where);
        if (byIds) {
            List<Object> all = list(query("select s.id from statement s where " + w + f.order().sql(), params));
            int from = (int) Math.min(all.size(), (long) page * size);
            return new Slice<>(read(all.subList(from, Math.min(all.size(), from + size))), all.size(), page, size);
        }
        List<Object> ids = list(query("select s.id from statement s where " + w + f.order().sql(), params)
                .setFirstResult(page * size).setMaxResults(size));
        int cap = config.analysis().searchCountMax();
        long total = ((Number) query("select count(*) from (select 1 from statement s where " + w
                + " fetch first " + (cap + 1) + " rows only) x", params).getSingleResult()).longValue();
        if (total > cap) {
            return new Slice<>(read(ids), Math.max(cap, (long) page * size + ids.size()), page, size, true);
        }
        return new Slice<>(read(ids), total, page, size);
    }

    /** Word indexes, rarest first (ties: query order). */
    private static List<Integer> byCount(long[] counts) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(counts[a], counts[b]));
        return order;
    }

    /** How many index rows the word has, counted up to {@code max}. */
    private long termCount(Word w, long max) {
        Map<String, Object> p = new HashMap<>();
        return ((Number) query("select count(*) from (select 1 from statement_term t where "
                + w.condition("t.term", "w", p) + " fetch first " + max + " rows only) x", p)
                .getSingleResult()).longValue();
    }

    /**
     * The distinct terms a prefix stands for, at most {@code max} (null when there are more): a skip scan, one index
     * seek per term. ">= prev + \u0001" makes H2 seek past the previous term's rows instead of reading through them.
     */
    private List<String> expand(Word w, int max) {
        List<String> terms = new ArrayList<>();
        String prev = null;
        while (true) {
            Map<String, Object> p = new HashMap<>();
            String sql = "select t.term from statement_term t where t.term < :hi and t.term like :like";
            p.put("hi", w.hi());
            p.put("like", w.text() + "%");
            if (prev == null) {
                sql += " and t.term >= :lo";
                p.put("lo", w.lo());
            } else {
                sql += " and t.term >= :next and t.term > :prev";
                p.put("next", prev + '\u0001');
                p.put("prev", prev);
            }
            List<Object> next = list(query(sql + " order by t.term fetch first 1 rows only", p));
            if (next.isEmpty()) {
                return terms;
            }
            if (terms.size() == max) {
                return null;
            }
            prev = (String) next.get(0);
            terms.add(prev);
        }
    }

    private Query query(String sql, Map<String, Object> params) {
        // each plan's map holds exactly the parameters its SQL names
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Query q) {
        return q.getResultList();
    }

    /** Statements by id in the given order, in one query. */
    private List<StoredStatement> read(List<Object> ids) {
        List<StoredStatement> items = new ArrayList<>();
        if (!ids.isEmpty()) {
            Map<String, StatementEntity> byId = new HashMap<>();
            StatementEntity.<StatementEntity>list("id in ?1", ids).forEach(s -> byId.put(s.id, s));
            for (Object id : ids) {
                StatementEntity s = byId.get((String) id);
                if (s != null) {
                    items.add(reader.read(s));
                }
            }
        }
        return items;
    }
}
