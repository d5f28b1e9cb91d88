package org.whosaid.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** A feed entry seen once (unique per feed and key), with the article it became. */
@Entity
@Table(name = "feed_item")
public class FeedItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "feed_id")
    public Long feedId;
    @Column(name = "item_key")
    public String itemKey;
    public String link;
    @Column(name = "article_id")
    public Long articleId;
    public String error;
    @Column(name = "fetched_at")
    public Instant fetchedAt;
}
