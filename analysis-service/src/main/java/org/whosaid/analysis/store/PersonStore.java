package org.whosaid.analysis.store;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.engine.align.SpeakerKinds;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.engine.registry.PersonLookup;
import org.whosaid.analysis.engine.registry.PersonRecord;
import org.whosaid.analysis.engine.registry.PersonRegistry;

/** The registry's storage: persons with an indexed phonetic key and surname. */
@ApplicationScoped
public class PersonStore implements PersonLookup {

    private final EntityManager em;

    public PersonStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PersonRecord> candidates(String kind, String phoneticKey, String surnameNorm) {
        List<PersonEntity> found = PersonEntity.list("kind = ?1 and (phoneticKey = ?2 or surnameNorm = ?3)", kind,
                phoneticKey, surnameNorm);
        return found.stream().map(this::record).toList();
    }

    @Override
    public PersonRecord create(String kind, String canonicalName, String firstName, String surname) {
        PersonEntity p = new PersonEntity();
        p.kind = kind;
        p.canonicalName = cut(canonicalName, 300);
        p.firstName = cut(firstName, 120);
        p.surname = cut(surname, 200);
        if ("INSTITUTION".equals(kind)) {
            p.surnameNorm = cut(Names.fold(canonicalName), 200);
            p.phoneticKey = PersonRegistry.institutionKey(canonicalName);
        } else {
            p.surnameNorm = cut(Names.translit(surname), 200);
            p.phoneticKey = Names.phoneticKey(surname);
        }
        p.category = category(p);
        p.createdAt = OffsetDateTime.now();
        p.persist();
        em.flush();
        return record(p);
    }

    @Override
    public PersonRecord upgrade(PersonRecord person, String canonicalName, String firstName) {
        PersonEntity p = PersonEntity.findById(person.id());
        p.canonicalName = cut(canonicalName, 300);
        p.firstName = cut(firstName, 120);
        p.category = category(p);
        return record(p);
    }

    /**
     * What an entry names (person | organisation | media | place): a name some article has as its outlet is a
     * medium ("Baltic Ledger" of "The Baltic Ledger"), so is an institution an article calls a news agency, paper or
     * broadcaster ("die Nachrichtenagentur Nordpress"); otherwise the engine decides from its word lists.
     */
    public String category(PersonEntity p) {
        String name = p.canonicalName;
        if (name != null && !name.isBlank()
                && ArticleEntity.count("outlet in ?1", List.of(name.strip(), "The " + name.strip())) > 0) {
            return SpeakerKinds.Kind.MEDIA.json();
        }
        if (p.id != null && "INSTITUTION".equals(p.kind) && PersonRoleEntity.<PersonRoleEntity>list("personId", p.id)
                .stream().anyMatch(r -> SpeakerKinds.medium(r.role))) {
            return SpeakerKinds.Kind.MEDIA.json();
        }
        return SpeakerKinds.of(name, p.kind).json();
    }

    public PersonRecord record(PersonEntity p) {
        long mentions = PersonMentionEntity.count("personId", p.id);
        return new PersonRecord(p.id, p.kind, p.canonicalName, p.firstName, p.surname, mentions);
    }

    static String cut(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }
}
