package org.whosaid.analysis.service;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.store.ArticleEntity;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Receives articles from the dispatcher: validates, extracts (outside any transaction), then stores everything derived
 * in one transaction under the alignment lock, retried on lock timeouts and unique-constraint races.
 */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    /** What happened to a posted article. */
    public record Outcome(ArticleEntity article, boolean created) {
    }

    private final Extractor extractor;
    private final ArticleWriter writer;
    private final WhosaidConfig config;
    private final Timer extraction;
    private final AnalyzeExecutor analyzeExecutor;

    public ArticleService(Extractor extractor, ArticleWriter writer, WhosaidConfig config, MeterRegistry meters,
                          AnalyzeExecutor analyzeExecutor) {
        this.analyzeExecutor = analyzeExecutor;
        this.extractor = extractor;
        this.writer = writer;
        this.config = config;
        this.extraction = Timer.builder("whosaid.extraction").description("time to extract the statements of one text")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    public ExtractionResult extract(String text, String language) {
        checkText(text);
        String lang = checkLanguage(language);
        return extraction.record(() -> extractor.extract(text, lang));
    }

    /**
     * POST /api/analyze: validated here, extracted on the {@link AnalyzeExecutor} within its time budget. Anonymous
     * callers are held to {@code whosaid.analysis.anonymous-max-text-bytes}.
     */
    public CompletableFuture<ExtractionResult> analyze(String text, String language, boolean anonymous,
                                                       BooleanSupplier clientGone) {
        if (anonymous) {
            checkText(text, config.analysis().anonymousMaxTextBytes(), "whosaid.analysis.anonymous-max-text-bytes",
                    "; callers with an API key may send up to " + config.analysis().maxTextBytes());
        } else {
            checkText(text);
        }
        String lang = checkLanguage(language);
        return analyzeExecutor.submit(() -> extraction.record(() -> extractor.extract(text, lang)), clientGone);
    }

    private static String checkLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        return Languages.normalize(language).orElseThrow(() -> ApiException.badRequest(
                "language must be a two-letter code such as \"de\" or \"en\" (de_DE, de-AT, deu and ger are read as de)"));
    }

    public void checkText(String text) {
        checkText(text, config.analysis().maxTextBytes(), "whosaid.analysis.max-text-bytes", "");
    }

    private static void checkText(String text, int max, String key, String more) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("text is empty");
        }
        if (text.length() > max || text.getBytes(StandardCharsets.UTF_8).length > max) {
            throw ApiException.tooLarge("text has more than " + max + " bytes (" + key + "=" + max + ")" + more);
        }
    }

    public Outcome ingest(IncomingArticle in) {
        validate(in);
        ArticleEntity existing = QuarkusTransaction.requiringNew().call(() -> ArticleEntity.<ArticleEntity>findById(in.id()));
        if (existing != null && existing.version == in.version()) {
            return new Outcome(existing, false);
        }
        if (existing != null && existing.version > in.version()) {
            throw ApiException.conflict("article " + in.id() + " is already at version " + existing.version
                    + "; version " + in.version() + " is older");
        }
        ExtractionResult result = extract(in.text(), in.language());
        return retrying(() -> writer.store(in, result));
    }

    /** Re-runs the current extractor on a stored article, keeping human decisions. */
    public ArticleEntity reanalyse(long id) {
        ArticleEntity a = QuarkusTransaction.requiringNew().call(() -> ArticleEntity.<ArticleEntity>findById(id));
        if (a == null) {
            throw ApiException.notFound("no article " + id);
        }
        ExtractionResult result = extract(a.body, a.language);
        return retrying(() -> writer.reanalyse(id, a.version, result));
    }

    public void delete(long id) {
        boolean gone = retrying(() -> writer.delete(id));
        if (!gone) {
            throw ApiException.notFound("no article " + id);
        }
    }

    /** Runs a write transaction, retrying after lock timeouts, deadlocks and unique-constraint races. */
    public <T> T retrying(Supplier<T> work) {
        int attempts = Math.max(1, config.analysis().writeRetries() + 1);
        RuntimeException last = null;
        for (int i = 0; i < attempts; i++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (ApiException e) {
                throw e;
            } catch (RuntimeException e) {
                if (e.getCause() instanceof ApiException a) {
                    throw a;
                }
                if (!retryable(e)) {
                    throw e;
                }
                last = e;
                LOG.warnf("write attempt %d failed (%s), retrying", i + 1, e.toString());
                try {
                    Thread.sleep(20L * (1L << i));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw last;
    }

    /** Lock timeouts, deadlocks, serialisation failures and unique-constraint races are worth another attempt. */
    static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof jakarta.persistence.PersistenceException
                    || t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
            if (t instanceof Error) {
                return false;
            }
        }
        return false;
    }

    private void validate(IncomingArticle in) {
        if (in == null) {
            throw ApiException.badRequest("the body must be a JSON article");
        }
        if (in.id() == null || in.id() <= 0) {
            throw ApiException.badRequest("id must be a positive number (the ingest-service's article id)");
        }
        if (in.version() == null || in.version() < 1) {
            throw ApiException.badRequest("version must be 1 or more");
        }
        checkText(in.text());
        checkLength("url", in.url(), 2000);
        checkLength("outlet", in.outlet(), 300);
        checkLength("title", in.title(), 2000);
        if (in.agencies() != null && String.join(",", in.agencies()).length() > 1000) {
            throw ApiException.badRequest("agencies are longer than 1000 characters");
        }
        checkLanguage(in.language());
    }

    private static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest(field + " is longer than " + max + " characters");
        }
    }
}
