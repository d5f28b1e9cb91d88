package org.whosaid.analysis.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.engine.align.SpeakerKinds;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.engine.registry.PersonRecord;
import org.whosaid.analysis.engine.registry.PersonRegistry;
import org.whosaid.analysis.store.PersonEntity;
import org.whosaid.analysis.store.PersonRoleEntity;
import org.whosaid.analysis.store.PersonStore;

/**
 * Name conflicts: people with the same surname but first names that cannot be the same person (Jurij vs Andrij), who
 * share a role or appear in the same story, are recorded as a conflict of kind "name" instead of being merged. Only
 * given names conflict: a role, place or medium word, or another person's surname, before the surname does not.
 */
@ApplicationScoped
public class NameConflictService {

    private final PersonStore persons;
    private final ConflictWriter conflicts;
    private final EntityManager em;

    public NameConflictService(PersonStore persons, ConflictWriter conflicts, EntityManager em) {
        this.persons = persons;
        this.conflicts = conflicts;
        this.em = em;
    }

    public static String scope(String surnameNorm) {
        return "name:" + surnameNorm;
    }

    public void clear(String surnameNorm) {
        conflicts.clear(scope(surnameNorm));
    }

    public void recompute(Collection<Long> personIds) {
        Set<String> done = new HashSet<>();
        for (Long id : personIds) {
            PersonEntity p = PersonEntity.findById(id);
            if (p == null || !"PERSON".equals(p.kind) || !done.add(p.surnameNorm)) {
                continue;
            }
            recomputeSurname(p);
        }
    }

    /**
     * Recomputes the name conflict of the surname group of {@code p}. Cost: one query per group member for its stories
     * (and, if needed, one for its roles), then one projection per conflicting member for its mentions and statement
     * ids; never a join of two persons' mentions (that join grew with the square of their mentions and was most of
     * the write time of an article in the 2026-11-22 load test, docs/operations.md).
     */
    public void recomputeSurname(PersonEntity p) {
        String scope = scope(p.surnameNorm);
        conflicts.clear(scope);
        List<PersonRecord> group = persons.candidates("PERSON", p.phoneticKey, p.surnameNorm).stream()
                .filter(o -> Names.sameSurname(o.surname(), p.surname) && o.firstName() != null)
                .filter(this::namedByGivenName).toList();
        Map<Long, Set<Long>> stories = new HashMap<>();
        Map<Long, Set<String>> roles = new HashMap<>();
        Set<PersonRecord> inConflict = new LinkedHashSet<>();
        for (PersonRecord a : group) {
            for (PersonRecord b : PersonRegistry.conflictingFirstNames(a, group)) {
                if (a.id() < b.id() && (shareStory(a.id(), b.id(), stories) || shareRole(a.id(), b.id(), roles))) {
                    inConflict.add(a);
                    inConflict.add(b);
                }
            }
        }
        if (inConflict.size() < 2) {
            return;
        }
        List<Conflict.Value> values = new ArrayList<>();
        for (PersonRecord r : inConflict) {
            List<Object[]> ms = em.createQuery("select m.outlet, m.articleId from PersonMentionEntity m "
                    + "where m.personId = ?1 order by m.publishedAt, m.id", Object[].class).setParameter(1, r.id()).getResultList();
            List<String> statementIds = em.createQuery("select s.id from StatementEntity s where s.entityId = ?1", String.class)
                    .setParameter(1, PersonRecord.entityId(r.id())).setMaxResults(200).getResultList();
            values.add(new Conflict.Value(r.canonicalName(),
                    ms.stream().map(m -> m[0] != null ? (String) m[0] : "article " + m[1]).distinct().toList(),
                    ms.stream().map(m -> (Long) m[1]).distinct().toList(), statementIds));
        }
        conflicts.add(scope, "name", "first name of " + p.surname + " (" + inConflict.stream()
                .map(PersonRecord::entityId).reduce((x, y) -> x + ", " + y).orElse("") + ")", null, values);
    }

    /**
     * Whether a record's first name is a given name, so that another one can contradict it: a person (not a medium,
     * "Kliffmoor News"), a first name that is no role, place or institution word ("Envoy Witkoff", "Moskau Witkoff")
     * and not the surname of another known person ("Brandtner Wettberg" from two names run together).
     */
    private boolean namedByGivenName(PersonRecord r) {
        if (SpeakerKinds.of(r.canonicalName(), "PERSON") != SpeakerKinds.Kind.PERSON
                || !SpeakerKinds.givenNameLike(r.firstName())) {
            return false;
        }
        String first = r.firstName().strip().split("\\s+")[0];
        String norm = Names.translit(first);
        return persons.candidates("PERSON", Names.phoneticKey(first), norm).stream()
                .noneMatch(o -> o.id() != r.id() && o.firstName() != null && Names.translit(o.surname()).equals(norm));
    }

    /** Whether two persons are mentioned in articles of one story (each person's stories read once per call). */
    private boolean shareStory(long a, long b, Map<Long, Set<Long>> cache) {
        Set<Long> sa = cache.computeIfAbsent(a, this::storiesOf);
        Set<Long> sb = cache.computeIfAbsent(b, this::storiesOf);
        return !Collections.disjoint(sa, sb);
    }

    private Set<Long> storiesOf(long person) {
        return new HashSet<>(em.createQuery("select distinct a.storyId from PersonMentionEntity m, ArticleEntity a "
                + "where m.personId = ?1 and a.id = m.articleId and a.storyId is not null", Long.class)
                .setParameter(1, person).getResultList());
    }

    private static boolean shareRole(long a, long b, Map<Long, Set<String>> cache) {
        Set<String> ra = cache.computeIfAbsent(a, NameConflictService::roleWords);
        for (String w : cache.computeIfAbsent(b, NameConflictService::roleWords)) {
            if (ra.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> roleWords(long person) {
        Set<String> out = new HashSet<>();
        for (PersonRoleEntity r : PersonRoleEntity.<PersonRoleEntity>list("personId", person)) {
            for (String w : Names.words(r.role)) {
                if (w.length() >= 5) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
