package org.whosaid.ingest.service;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.whosaid.ingest.config.IngestConfig;
import org.whosaid.ingest.store.Feed;
import org.whosaid.ingest.store.FeedItem;

import org.whosaid.ingest.store.Columns;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * RSS/Atom subscriptions: polled on schedule (each feed at its own interval), every new entry fetched once
 * through the SSRF-guarded fetcher and ingested; per-feed status (last poll, items, last error).
 */
@ApplicationScoped
public class FeedService {
    private static final Logger LOG = Logger.getLogger(FeedService.class);

    /** The outcome of one poll. */
    public record PollResult(long feedId, int newItems, int failedItems, String error) {
    }

    @Inject
    IngestConfig config;
    @Inject
    PageFetcher fetcher;
    @Inject
    IngestService ingest;

    public Feed subscribe(String url, String outlet, Integer intervalMinutes) {
        if (url == null || url.isBlank()) {
            throw ApiException.badRequest("bad-feed", "a feed needs a url");
        }
        InputParser.checkLength("url", url, Columns.FEED_URL);
        InputParser.checkLength("outlet", outlet, Columns.FEED_OUTLET);
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad-url", "the feed URL is not a valid URL: " + e.getMessage());
        }
        fetcher.guard().check(uri);
        int interval = intervalMinutes == null ? 30 : intervalMinutes;
        if (interval < 1 || interval > 10080) {
            throw ApiException.badRequest("bad-feed", "intervalMinutes must be between 1 and 10080");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Feed.count("url", url.strip()) > 0) {
                throw new ApiException(409, "exists", "this feed is already subscribed");
            }
            Feed f = new Feed();
            f.url = url.strip();
            f.outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
            f.intervalMinutes = interval;
            f.nextPollAt = Instant.now();
            f.items = 0;
            f.persist();
            return f;
        });
    }

    @Scheduled(every = "${whosaid.feeds.every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "10s")
    void pollDue() {
        if (!config.feeds().enabled()) {
            return;
        }
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>list("nextPollAt is null or nextPollAt <= ?1", Instant.now())
                .stream().map(f -> f.id).toList());
        for (Long id : due) {
            try {
                poll(id);
            } catch (RuntimeException e) {
                LOG.warnf("feed %d poll failed: %s", id, e.getMessage());
            }
        }
    }

    public PollResult poll(long feedId) {
        Feed feed = QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>findById(feedId));
        if (feed == null) {
            throw ApiException.notFound("no feed " + feedId);
        }
        int added = 0;
        int failed = 0;
        String error = null;
        try {
            List<SyndEntry> entries = entries(feed);
            for (SyndEntry e : entries.subList(0, Math.min(config.feeds().maxItemsPerPoll(), entries.size()))) {
                Boolean took = take(feed, e);
                if (took != null) {
                    added += took ? 1 : 0;
                    failed += took ? 0 : 1;
                }
            }
        } catch (ApiException e) {
            error = e.error() + ": " + e.detail();
        } catch (Exception e) {
            error = "unreadable feed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
        String err = error == null ? null : (error.length() > 1900 ? error.substring(0, 1900) : error);
        polled(feedId, added, err);
        return new PollResult(feedId, added, failed, err);
    }

    /** The feed's entries, fetched within the fetcher's limits and parsed without doctypes. */
    private List<SyndEntry> entries(Feed feed) throws Exception {
        PageFetcher.Fetched f = fetcher.fetch(feed.url, PageFetcher.FEED_TYPES);
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed syndFeed = input.build(new StringReader(f.body()));
        return new ArrayList<>(syndFeed.getEntries());
    }

    /**
     * One entry: null when it has no key or was taken before, true when its article was ingested, false when the
     * ingestion refused it (the reason kept on the item). The item is recorded either way, so it is not fetched again.
     */
    private Boolean take(Feed feed, SyndEntry e) {
        String link = e.getLink();
        String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : link;
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.length() > 2000 ? Fingerprints.sha256(key) : key;
        long feedId = feed.id;
        if (QuarkusTransaction.requiringNew().call(() -> FeedItem.count("feedId = ?1 and itemKey = ?2", feedId, k) > 0)) {
            return null;
        }
        FeedItem item = new FeedItem();
        item.feedId = feedId;
        item.itemKey = k;
        item.link = link;
        item.fetchedAt = Instant.now();
        Boolean took;
        try {
            String published = e.getPublishedDate() == null ? null
                    : e.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toString();
            IngestService.Outcome o = ingest.ingest(new IngestRequest(link, feed.outlet, null, null, null, null, null, null, null, published));
            item.articleId = o.id();
            took = true;
        } catch (ApiException ex) {
            item.error = ex.error() + ": " + ex.detail();
            took = false;
        }
        try {
            QuarkusTransaction.requiringNew().run(item::persist);
        } catch (RuntimeException ex) {
            LOG.debugf("feed item %s recorded concurrently", k);
        }
        return took;
    }

    /** The poll's outcome on the feed: when it ran, when the next one is due, its error, the items added. */
    private static void polled(long feedId, int added, String err) {
        QuarkusTransaction.requiringNew().run(() -> {
            Feed fd = Feed.findById(feedId);
            if (fd != null) {
                fd.lastPollAt = Instant.now();
                fd.nextPollAt = fd.lastPollAt.plus(fd.intervalMinutes, ChronoUnit.MINUTES);
                fd.lastError = err;
                fd.items += added;
            }
        });
    }

    public void unsubscribe(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!Feed.deleteById(id)) {
                throw ApiException.notFound("no feed " + id);
            }
            FeedItem.delete("feedId", id);
        });
    }
}
