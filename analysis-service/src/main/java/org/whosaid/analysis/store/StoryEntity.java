package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Articles about one event, grouped by shared clusters and persons within a time window. */
@Entity
@Table(name = "story")
public class StoryEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String title;
    @Column(name = "first_published")
    public OffsetDateTime firstPublished;
    @Column(name = "last_published")
    public OffsetDateTime lastPublished;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
