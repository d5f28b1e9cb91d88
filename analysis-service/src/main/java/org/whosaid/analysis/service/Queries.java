package org.whosaid.analysis.service;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** JPQL helpers of the read side: one page of a query and a count, both with named parameters. */
final class Queries {
    private Queries() {
    }

    static <T> List<T> page(TypedQuery<T> q, Map<String, Object> params, int page, int size) {
        params.forEach(q::setParameter);
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    static long count(EntityManager em, String hql, Map<String, Object> params) {
        TypedQuery<Long> q = em.createQuery(hql, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }
}
