package org.whosaid.analysis.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.engine.registry.PersonRecord;
import org.whosaid.analysis.engine.registry.PersonRegistry;
import org.whosaid.analysis.rest.ConflictJson;
import org.whosaid.analysis.store.PersonEntity;
import org.whosaid.analysis.store.PersonMentionEntity;
import org.whosaid.analysis.store.PersonRoleEntity;
import org.whosaid.analysis.store.PersonStore;
import org.whosaid.analysis.store.StatementEntity;

/**
 * Name conflicts: people with the same surname but first names that cannot be the same person (Jurij vs Andrij), who
 * share a role or appear in the same story, are recorded as a conflict of kind "name" instead of being merged.
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

    /** Recomputes the name conflict of the surname group of {@code p}. */
    public void recomputeSurname(PersonEntity p) {
        String scope = scope(p.surnameNorm);
        conflicts.clear(scope);
        List<PersonRecord> group = persons.candidates("PERSON", p.phoneticKey, p.surnameNorm).stream()
                .filter(o -> Names.sameSurname(o.surname(), p.surname) && o.firstName() != null).toList();
        Set<PersonRecord> inConflict = new LinkedHashSet<>();
        for (PersonRecord a : group) {
            for (PersonRecord b : PersonRegistry.conflictingFirstNames(a, group)) {
                if (a.id() < b.id() && (shareStory(a.id(), b.id()) || shareRole(a.id(), b.id()))) {
                    inConflict.add(a);
                    inConflict.add(b);
                }
            }
        }
        if (inConflict.size() < 2) {
            return;
        }
        List<ConflictJson.ValueJson> values = new ArrayList<>();
        for (PersonRecord r : inConflict) {
            List<PersonMentionEntity> ms = PersonMentionEntity.list("personId = ?1 order by publishedAt, id", r.id());
            List<String> statementIds = StatementEntity.<StatementEntity>find("entityId", PersonRecord.entityId(r.id()))
                    .page(0, 200).list().stream().map(s -> s.id).toList();
            values.add(new ConflictJson.ValueJson(r.canonicalName(),
                    ms.stream().map(m -> m.outlet != null ? m.outlet : "article " + m.articleId).distinct().toList(),
                    ms.stream().map(m -> m.articleId).distinct().toList(), statementIds));
        }
        conflicts.add(scope, "name", "first name of " + p.surname + " (" + inConflict.stream()
                .map(PersonRecord::entityId).reduce((x, y) -> x + ", " + y).orElse("") + ")", null, values);
    }

    private boolean shareStory(long a, long b) {
        Long n = em.createQuery("select count(a1) from PersonMentionEntity m1, ArticleEntity a1, PersonMentionEntity m2, "
                        + "ArticleEntity a2 where m1.personId = ?1 and m2.personId = ?2 and a1.id = m1.articleId "
                        + "and a2.id = m2.articleId and a1.storyId = a2.storyId", Long.class)
                .setParameter(1, a).setParameter(2, b).getSingleResult();
        return n > 0;
    }

    private boolean shareRole(long a, long b) {
        Set<String> ra = roleWords(a);
        for (String w : roleWords(b)) {
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
