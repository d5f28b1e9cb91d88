package org.whosaid.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** An RSS/Atom subscription and its polling status. */
@Entity
@Table(name = "feed")
public class Feed extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String url;
    public String outlet;
    @Column(name = "interval_minutes")
    public int intervalMinutes;
    @Column(name = "last_poll_at")
    public Instant lastPollAt;
    @Column(name = "next_poll_at")
    public Instant nextPollAt;
    @Column(name = "last_error")
    public String lastError;
    public int items;
}
