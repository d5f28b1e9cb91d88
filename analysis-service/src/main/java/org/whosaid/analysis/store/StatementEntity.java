package org.whosaid.analysis.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A stored statement. {@code body} is what the extractor found ({@link StatementBody} as JSON); the row's own fields
 * (article, version, outlet, url, publishedAt, cluster, extractor version) are columns only, and the other columns
 * serve filters, alignment and search. Its id is "{articleId}-{localId}", e.g. "12-s-3".
 */
@Entity
@Table(name = "statement")
public class StatementEntity extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "article_id")
    public long articleId;
    @Column(name = "article_version")
    public int articleVersion;
    @Column(name = "local_id")
    public String localId;
    public int seq;
    public String form;
    public String medium;
    @Column(name = "quote_text")
    public String quoteText;
    @Column(name = "quote_key")
    public String quoteKey;
    @Column(name = "quote_start")
    public int quoteStart;
    @Column(name = "quote_end")
    public int quoteEnd;
    @Column(name = "speaker_name")
    public String speakerName;
    @Column(name = "speaker_key")
    public String speakerKey;
    @Column(name = "entity_id")
    public String entityId;
    @Column(name = "speaker_override")
    public boolean speakerOverride;
    public String outlet;
    public String url;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    public String language;
    @Column(name = "extractor_version")
    public String extractorVersion;
    /** The rendering names its speaker itself (not resolved from a pronoun or role noun): V5. */
    @Column(name = "speaker_named")
    public boolean speakerNamed = true;
    @Column(name = "cluster_id")
    public Long clusterId;
    public double confidence;
    @Column(name = "context_text")
    public String contextText;
    /** For an article without a publication date: the day its paragraph states before the statement, else null. */
    @Column(name = "undated_day")
    public LocalDate undatedDay;
    @Column(name = "channel_text")
    public String channelText;
    public String intermediary;
    public String signature;
    public String body;
}
