package org.whosaid.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** The current version of an article. Older versions live in {@link ArticleVersion}. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** Identity key: the normalised URL, or {@code hash:<contentHash>} without URL. Unique. */
    public String ident;
    public String url;
    public String outlet;
    public String title;
    public String lead;
    /** ISO-8601 with offset, as found (or null). */
    @Column(name = "published_at")
    public String publishedAt;
    @Column(name = "published_utc")
    public Instant publishedUtc;
    public String language;
    /** '|'-separated. */
    public String agencies;
    public String authors;
    public String body;
    @Column(name = "content_hash")
    public String contentHash;
    public Long simhash;
    public int version;
    @Column(name = "analysis_status")
    public String analysisStatus;
    @Column(name = "analysis_error")
    public String analysisError;
    @Column(name = "copy_of")
    public Long copyOf;
    @Column(name = "ingested_at")
    public Instant ingestedAt;
}
