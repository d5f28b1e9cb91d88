package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A role or title an article gives a person, with the article as source and its date. */
@Entity
@Table(name = "person_role")
public class PersonRoleEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "person_id")
    public long personId;
    @Column(name = "article_id")
    public long articleId;
    public String role;
    public String outlet;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
