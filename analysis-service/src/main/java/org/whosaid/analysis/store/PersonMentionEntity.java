package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One spelling of a person in one article (the source of aliases; deleted with the article). */
@Entity
@Table(name = "person_mention")
public class PersonMentionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "person_id")
    public long personId;
    @Column(name = "article_id")
    public long articleId;
    public String spelling;
    @Column(name = "first_name")
    public String firstName;
    public String outlet;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
