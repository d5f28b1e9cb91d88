package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.store.ArticleEntity;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The re-analysis job: re-runs stored articles with the current extractor, one article per transaction, keeping every
 * human decision (pins by article + quote; clusters of surviving quotes). One job at a time per replica.
 */
@ApplicationScoped
public class ReanalyzeService {

    private static final Logger LOG = Logger.getLogger(ReanalyzeService.class);

    /** What a job has done so far: counts, the first 50 errors, when it started and finished, the extractor it runs. */
    public record JobState(String id, String status, int total, int done, int failed, List<String> errors,
                           OffsetDateTime startedAt, OffsetDateTime finishedAt, String extractorVersion) {
    }

    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final List<Long> ids;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final OffsetDateTime startedAt = OffsetDateTime.now();
        volatile OffsetDateTime finishedAt;
        volatile String status = "running";

        Job(List<Long> ids) {
            this.ids = ids;
        }
    }

    private final ArticleService articles;
    private final Extractor extractor;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "whosaid-reanalyze");
        t.setDaemon(true);
        return t;
    });

    public ReanalyzeService(ArticleService articles, Extractor extractor) {
        this.articles = articles;
        this.extractor = extractor;
    }

    /** Starts a job over the given articles (all when null or empty). */
    public JobState start(List<Long> articleIds, boolean onlyOutdated) {
        if (jobs.values().stream().anyMatch(j -> j.status.equals("running"))) {
            throw ApiException.conflict("a re-analysis job is already running");
        }
        List<Long> ids = articleIds != null && !articleIds.isEmpty() ? List.copyOf(articleIds)
                : QuarkusTransaction.requiringNew().call(() -> onlyOutdated
                ? ArticleEntity.<ArticleEntity>list("extractorVersion is null or extractorVersion <> ?1 order by id",
                extractor.version()).stream().map(a -> a.id).toList()
                : ArticleEntity.<ArticleEntity>list("order by id").stream().map(a -> a.id).toList());
        Job job = new Job(ids);
        jobs.put(job.id, job);
        worker.submit(() -> run(job));
        return view(job);
    }

    public JobState get(String id) {
        Job j = jobs.get(id);
        if (j == null) {
            throw ApiException.notFound("no re-analysis job " + id);
        }
        return view(j);
    }

    private void run(Job job) {
        for (Long id : job.ids) {
            try {
                articles.reanalyse(id);
                job.done.incrementAndGet();
            } catch (RuntimeException e) {
                job.failed.incrementAndGet();
                if (job.errors.size() < 50) {
                    job.errors.add("article " + id + ": " + e.getMessage());
                }
                LOG.warnf("re-analysis of article %d failed: %s", id, e.toString());
            }
        }
        job.finishedAt = OffsetDateTime.now();
        job.status = job.failed.get() == 0 ? "done" : "done-with-errors";
    }

    private JobState view(Job j) {
        return new JobState(j.id, j.status, j.ids.size(), j.done.get(), j.failed.get(), List.copyOf(j.errors),
                j.startedAt, j.finishedAt, extractor.version());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
