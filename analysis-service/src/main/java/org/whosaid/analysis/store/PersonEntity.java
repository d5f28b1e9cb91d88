package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person or institution of the registry; its entityId is "p-" + id. */
@Entity
@Table(name = "person")
public class PersonEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The registry's matching class: PERSON or INSTITUTION. */
    public String kind;
    /** What the entry names, for readers: person, organisation, media or place (V6; null until classified). */
    public String category;
    @Column(name = "canonical_name")
    public String canonicalName;
    @Column(name = "first_name")
    public String firstName;
    public String surname;
    @Column(name = "surname_norm")
    public String surnameNorm;
    @Column(name = "phonetic_key")
    public String phoneticKey;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public String entityId() {
        return "p-" + id;
    }
}
