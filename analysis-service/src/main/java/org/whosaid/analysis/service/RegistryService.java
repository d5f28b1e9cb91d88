package org.whosaid.analysis.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.whosaid.analysis.engine.align.SpeakerKinds;
import org.whosaid.analysis.engine.model.EntityMention;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.SpeakerRef;
import org.whosaid.analysis.engine.model.Statement;
import org.whosaid.analysis.engine.registry.NameMention;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.engine.registry.PersonRecord;
import org.whosaid.analysis.engine.registry.PersonRegistry;
import org.whosaid.analysis.store.ArticleEntity;
import org.whosaid.analysis.store.PersonEntity;
import org.whosaid.analysis.store.PersonMentionEntity;
import org.whosaid.analysis.store.PersonRoleEntity;
import org.whosaid.analysis.store.PersonStore;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Links the persons and institutions of one article (entities and statement speakers) to the cross-article registry,
 * storing each spelling (alias) and role with the article as source. Runs inside the article's write transaction.
 */
@ApplicationScoped
public class RegistryService {
    private static final Logger LOG = Logger.getLogger(RegistryService.class);

    /** Resolved persons of one article: entity id per statement id (null = unknown speaker) and persons touched. */
    public record Resolved(Map<String, PersonRecord> speakerByStatement, Set<Long> personIds) {
    }

    private final PersonRegistry registry;
    private final PersonStore store;
    private final EntityManager em;

    public RegistryService(PersonRegistry registry, PersonStore store, EntityManager em) {
        this.registry = registry;
        this.store = store;
        this.em = em;
    }

    public Resolved resolve(ArticleEntity article, ExtractionResult result) {
        Map<EntityMention, PersonRecord> byEntity = new HashMap<>();
        Set<Long> touched = new LinkedHashSet<>();
        for (EntityMention e : result.entities()) {
            if (e.name() != null && !e.name().isBlank()) {
                PersonRecord p = entity(article, e);
                byEntity.put(e, p);
                touched.add(p.id());
            }
        }
        Map<String, PersonRecord> speakers = speakers(article, result.statements(), byEntity, touched);
        em.flush();
        for (Long id : touched) {
            recanonicalise(id);
        }
        for (Statement s : result.statements()) {
            // "wie die Nachrichtenagentur Nordpress berichtete": the article calls the institution a medium
            markMedium(s.intermediary(), byEntity);
            markMedium(s.speaker(), byEntity);
        }
        return new Resolved(speakers, touched);
    }

    /**
     * The registry entry of one entity mention of the article: its name split into first name and surname ("Ilse
     * Brandtner"; a full name given as surname keeps its last word as the surname), resolved, with this article's
     * spellings and roles recorded on it.
     */
    private PersonRecord entity(ArticleEntity article, EntityMention e) {
        String kind = "INSTITUTION".equals(e.kind()) ? "INSTITUTION" : "PERSON";
        String name = Names.clean(e.name());
        String surname = e.surname() != null && !e.surname().isBlank() ? Names.clean(e.surname()) : Names.split(name)[1];
        String first = kind.equals("PERSON") ? blankToNull(Names.clean(e.firstName())) : null;
        if (kind.equals("PERSON") && surname.trim().contains(" ")) {
            // a full name given as surname: the last token is the surname
            String[] parts = Names.split(surname);
            surname = parts[1];
            first = first != null ? first : parts[0];
        }
        if (kind.equals("PERSON") && first == null && name.contains(" ") && !name.equals(surname)) {
            first = Names.split(name)[0];
        }
        NameMention nm = givenNameOnly(new NameMention(name, first, surname, kind));
        PersonRecord p = registry.resolve(nm, store).person();
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        e.variants().forEach(v -> names.add(Names.clean(v)));
        mention(article, p, names, nm.firstName());
        roles(article, p, e.roles());
        return p;
    }

    /**
     * A person's mention whose "first name" is no given name ("Envoy Witkoff", "Russian President Putin", a city before
     * the surname) resolves by its surname alone, as "Witkoff" would: to the one person of that surname with a first
     * name, instead of a new person that then makes every later bare "Witkoff" ambiguous.
     */
    static NameMention givenNameOnly(NameMention m) {
        if (m.isInstitution() || m.firstName() == null || m.firstName().isBlank() || SpeakerKinds.givenNameLike(m.firstName())) {
            return m;
        }
        return new NameMention(m.name(), null, m.surname(), m.kind());
    }

    /** The roles the article gives an entry; "die Nachrichtenagentur Nordpress": a role can make an institution a medium. */
    private void roles(ArticleEntity article, PersonRecord p, List<String> roles) {
        boolean any = false;
        for (String role : new LinkedHashSet<>(roles)) {
            if (role != null && !role.isBlank()) {
                PersonRoleEntity r = new PersonRoleEntity();
                r.personId = p.id();
                r.articleId = article.id;
                r.role = cut(role.strip(), 300);
                r.outlet = article.outlet;
                r.publishedAt = article.publishedAt;
                r.persist();
                any = true;
            }
        }
        if (any && "INSTITUTION".equals(p.kind())) {
            em.flush();
            PersonEntity entry = PersonEntity.findById(p.id());
            entry.category = store.category(entry);
        }
    }

    /**
     * The registry entry of each statement's speaker, by statement id: the entity the speaker reference names, else
     * one resolved from the speaker's name (recorded as a mention of this article); one lookup per distinct name.
     */
    private Map<String, PersonRecord> speakers(ArticleEntity article, List<Statement> statements,
            Map<EntityMention, PersonRecord> byEntity, Set<Long> touched) {
        Map<String, PersonRecord> speakers = new HashMap<>();
        Map<String, PersonRecord> bySpeakerName = new HashMap<>();
        for (Statement s : statements) {
            SpeakerRef sp = s.speaker();
            if (sp == null || sp.name() == null || sp.name().isBlank()) {
                continue;
            }
            PersonRecord p = bySpeakerName.get(sp.name());
            if (p == null) {
                p = entityFor(sp, byEntity);
            }
            if (p == null) {
                NameMention nm = givenNameOnly(NameMention.ofFullName(Names.clean(sp.name()),
                        "INSTITUTION".equals(sp.kind()) ? "INSTITUTION" : "PERSON"));
                p = registry.resolve(nm, store).person();
                mention(article, p, Set.of(Names.clean(sp.name())), nm.firstName());
                touched.add(p.id());
            }
            bySpeakerName.put(sp.name(), p);
            speakers.put(s.id(), p);
        }
        return speakers;
    }

    /**
     * The registry person a reviewer's corrected speaker name refers to, by the rule every mention follows (same
     * surname and a compatible first name joins; otherwise a new person): the corrected rendering then has the same
     * entity as the other renderings that name this person. The name is kept as a spelling from the statement's
     * article, so the person page shows where it came from.
     */
    public PersonRecord personForCorrection(String name, String kind, ArticleEntity article) {
        String clean = Names.clean(name);
        NameMention nm = NameMention.ofFullName(clean, "INSTITUTION".equals(kind) ? "INSTITUTION" : "PERSON");
        PersonRecord p = registry.resolve(nm, store).person();
        if (article != null) {
            mention(article, p, Set.of(clean), nm.firstName());
        }
        em.flush();
        recanonicalise(p.id());
        return p;
    }

    private static void markMedium(SpeakerRef ref, Map<EntityMention, PersonRecord> byEntity) {
        if (ref == null || ref.name() == null || !"INSTITUTION".equals(ref.kind()) || !SpeakerKinds.medium(ref.text())) {
            return;
        }
        String f = Names.fold(ref.name());
        for (Map.Entry<EntityMention, PersonRecord> e : byEntity.entrySet()) {
            if ("INSTITUTION".equals(e.getValue().kind()) && Names.fold(e.getKey().name()).equals(f)) {
                PersonEntity entry = PersonEntity.findById(e.getValue().id());
                if (entry != null) {
                    entry.category = SpeakerKinds.Kind.MEDIA.json();
                }
            }
        }
    }

    /** The article's own entity a speaker name refers to: same name or spelling, else same surname and no other first name. */
    private static PersonRecord entityFor(SpeakerRef sp, Map<EntityMention, PersonRecord> byEntity) {
        String f = Names.fold(sp.name());
        for (Map.Entry<EntityMention, PersonRecord> e : byEntity.entrySet()) {
            if (Names.fold(e.getKey().name()).equals(f)
                    || e.getKey().variants().stream().anyMatch(v -> Names.fold(v).equals(f))) {
                return e.getValue();
            }
        }
        if ("INSTITUTION".equals(sp.kind())) {
            return null;
        }
        String[] parts = Names.split(sp.name());
        List<PersonRecord> hits = new ArrayList<>();
        for (Map.Entry<EntityMention, PersonRecord> e : byEntity.entrySet()) {
            EntityMention m = e.getKey();
            if (!"INSTITUTION".equals(m.kind()) && m.surname() != null && Names.sameSurname(m.surname(), parts[1])
                    && Names.firstNames(m.firstName(), parts[0]) != Names.FirstNames.DIFFERENT) {
                hits.add(e.getValue());
            }
        }
        return new HashSet<>(hits).size() == 1 ? hits.get(0) : null;
    }

    private void mention(ArticleEntity article, PersonRecord p, Set<String> names, String firstName) {
        for (String n : names) {
            if (n == null || n.isBlank()) {
                continue;
            }
            PersonMentionEntity m = new PersonMentionEntity();
            m.personId = p.id();
            m.articleId = article.id;
            m.spelling = cut(n.strip(), 300);
            m.firstName = cut(firstName, 120);
            m.outlet = article.outlet;
            m.publishedAt = article.publishedAt;
            m.persist();
        }
    }

    /** The canonical name is the full spelling (with first name) used most often; ties go to the earliest. */
    @SuppressWarnings("unchecked")
    void recanonicalise(long personId) {
        PersonEntity p = PersonEntity.findById(personId);
        if (p == null || !"PERSON".equals(p.kind) || p.firstName == null) {
            return;
        }
        List<Object[]> rows = em.createQuery("select m.spelling, count(m), min(m.id) from PersonMentionEntity m "
                        + "where m.personId = ?1 and m.firstName is not null group by m.spelling "
                        + "order by count(m) desc, min(m.id) asc").setParameter(1, personId).setMaxResults(5)
                .getResultList();
        for (Object[] r : rows) {
            String spelling = (String) r[0];
            if (spelling.trim().contains(" ")) {
                if (!spelling.equals(p.canonicalName)) {
                    p.canonicalName = spelling;
                    p.category = store.category(p);
                }
                p.firstName = cut(Names.split(spelling)[0], 120);
                return;
            }
        }
    }

    /**
     * Gives every entry without a category (rows from before V6) its kind, in transactions of 500; runs at start.
     * Returns how many were classified.
     */
    public int classifyAll() {
        int n = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> {
                List<PersonEntity> rows = PersonEntity.<PersonEntity>find("category is null order by id").range(0, 499).list();
                rows.forEach(p -> p.category = store.category(p));
                return rows.size();
            });
            n += done;
            if (done < 500) {
                return n;
            }
        }
    }

    void classifyAtStart(@Observes StartupEvent e) {
        try {
            int n = classifyAll();
            if (n > 0) {
                LOG.infof("registry: %d entries from before V6 classified (person, organisation, media, place)", n);
            }
        } catch (RuntimeException ex) {
            // unclassified entries only stay off the speakers list until the next start
            LOG.warnf(ex, "registry: classifying entries failed");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String cut(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }
}
