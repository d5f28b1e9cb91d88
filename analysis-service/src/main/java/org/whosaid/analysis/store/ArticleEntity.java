package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An analysed article, under the ingest-service's id. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {
    @Id
    public Long id;
    public int version;
    public String url;
    public String outlet;
    public String title;
    @Column(name = "lead_text")
    public String lead;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    public String language;
    public String agencies;
    public String body;
    @Column(name = "copy_of")
    public Long copyOf;
    @Column(name = "extractor_version")
    public String extractorVersion;
    @Column(name = "statement_count")
    public int statementCount;
    @Column(name = "story_id")
    public Long storyId;
    @Column(name = "analysed_at")
    public OffsetDateTime analysedAt;
}
