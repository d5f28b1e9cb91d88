package org.whosaid.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One stored version of an article: raw input plus a JSON snapshot of everything derived from it. */
@Entity
@Table(name = "article_version")
public class ArticleVersion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "article_id")
    public Long articleId;
    public int version;
    @Column(name = "content_hash")
    public String contentHash;
    public String title;
    @Column(name = "ingested_at")
    public Instant ingestedAt;
    @Column(name = "raw_type")
    public String rawType;
    @Column(name = "raw_input")
    public String rawInput;
    /** JSON of the article (metadata, body, sections, provenance) as it was at this version. */
    public String snapshot;

    public static Optional<ArticleVersion> find(long articleId, int version) {
        return find("articleId = ?1 and version = ?2", articleId, version).firstResultOptional();
    }

    public static List<ArticleVersion> ofArticle(long articleId) {
        return list("articleId = ?1 order by version", articleId);
    }
}
