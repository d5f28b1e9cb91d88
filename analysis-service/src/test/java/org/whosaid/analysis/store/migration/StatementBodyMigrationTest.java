package org.whosaid.analysis.store.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.rest.StatementJson;
import org.whosaid.analysis.service.StatementReader;
import org.whosaid.analysis.store.StatementEntity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Statements stored by the version before V10 (bodies with the row's fields in them) on the service's database (H2,
 * or PostgreSQL with the pg profile), in a schema of their own migrated to V9 with the service's Flyway setup: after
 * the migration every body holds the extraction only, and each statement reads back with the same fields and values
 * the API showed before, its cluster from the column. More rows than one migration batch.
 */
@QuarkusTest
class StatementBodyMigrationTest {
    static final String SCHEMA = "before_v10";
    static final int ROWS = 2 * V10__Statement_body_shape.BATCH + 3;
    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    static final List<String> EXTRACTION = List.of("form", "medium", "quote", "speaker", "cue", "frame", "addressee",
            "channel", "intermediary", "parentId", "sentence", "rule", "confidence", "evidence");

    @Inject
    Flyway flyway;
    @Inject
    EntityManager em;
    @Inject
    StatementReader reader;
    @Inject
    ObjectMapper json;

    /** The service's Flyway configuration (its migrations, SQL and Java) on the test schema, up to {@code target}. */
    Flyway schema(String target) {
        return Flyway.configure().configuration(flyway.getConfiguration()).schemas(SCHEMA).defaultSchema(SCHEMA)
                .target(target).cleanDisabled(false).load();
    }

    @BeforeEach
    void version9() {
        schema("latest").clean();
        schema("9").migrate();
    }

    @AfterEach
    void drop() {
        schema("latest").clean();
    }

    @Test
    void bodiesKeepTheExtractionAndStatementsReadBackAsBefore() throws Exception {
        Map<String, String> before = storeAsVersion9();
        schema("latest").migrate();

        List<StatementEntity> rows = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<StatementEntity> list = em.createNativeQuery("select * from \"" + SCHEMA + "\".statement order by id",
                    StatementEntity.class).getResultList();
            em.clear();
            return list;
        });
        assertEquals(ROWS, rows.size());
        for (StatementEntity row : rows) {
            List<String> fields = new ArrayList<>();
            json.readTree(row.body).fieldNames().forEachRemaining(fields::add);
            assertEquals(EXTRACTION, fields, "stored body of " + row.id);
            assertEquals(shownBefore(before.get(row.id), row.clusterId), StatementJson.of(reader.read(row)),
                    "statement " + row.id);
        }
    }

    /** What the API answered before V10: the stored body as it was, with the cluster from the column. */
    StatementJson shownBefore(String body, Long clusterId) throws Exception {
        ObjectNode tree = (ObjectNode) json.readTree(body);
        tree.put("clusterId", clusterId);
        return json.treeToValue(tree, StatementJson.class);
    }

    /** Three articles and their statements as the version before V10 wrote them; the bodies by statement id. */
    Map<String, String> storeAsVersion9() throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        try (Connection db = flyway.getConfiguration().getDataSource().getConnection()) {
            db.setAutoCommit(true);
            for (long a = 1; a <= 3; a++) {
                article(db, a);
            }
            try (PreparedStatement q = db.prepareStatement("insert into \"" + SCHEMA + "\".statement (id, article_id, "
                    + "article_version, local_id, seq, form, medium, quote_text, quote_key, quote_start, quote_end, "
                    + "speaker_name, entity_id, outlet, url, published_at, language, extractor_version, cluster_id, "
                    + "confidence, body) values (?, ?, 2, ?, ?, 'Indirect', 'Speech', ?, ?, 0, 40, 'Mira Talvik', 'p-7', "
                    + "?, ?, ?, 'de', 'x-9', ?, 0.8, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    long article = 1 + i % 3;
                    String id = article + "-s-" + i;
                    String body = oldBody(id, i, article);
                    bodies.put(id, body);
                    q.setString(1, id);
                    q.setLong(2, article);
                    q.setString(3, "s-" + i);
                    q.setInt(4, i);
                    q.setString(5, quote(i));
                    q.setString(6, quote(i).toLowerCase());
                    q.setString(7, outlet(article));
                    q.setString(8, url(article));
                    q.setObject(9, published(article));
                    q.setObject(10, article == 3 ? null : 40 + article, java.sql.Types.BIGINT);
                    q.setString(11, body);
                    q.addBatch();
                }
                q.executeBatch();
            }
        }
        return bodies;
    }

    void article(Connection db, long id) throws Exception {
        try (PreparedStatement q = db.prepareStatement("insert into \"" + SCHEMA + "\".article (id, version, url, outlet, "
                + "body, published_at, extractor_version, analysed_at) values (?, 2, ?, ?, 'Text', ?, 'x-9', ?)")) {
            q.setLong(1, id);
            q.setString(2, url(id));
            q.setString(3, outlet(id));
            q.setObject(4, published(id));
            q.setObject(5, T0);
            q.executeUpdate();
        }
    }

    static String quote(int i) {
        return "die Fähre nach Lunholm fahre ab Juni wieder, Nummer " + i;
    }

    static String outlet(long article) {
        return article == 1 ? "Kestrel Post" : "Saldebote";
    }

    static String url(long article) {
        return article == 2 ? null : "https://kestrel.example/faehre-" + article;
    }

    static OffsetDateTime published(long article) {
        return article == 2 ? null : T0.plusHours(article);
    }

    /** A body in the shape before V10: the extraction, then the row's fields (the cluster left null, as written). */
    String oldBody(String id, int i, long article) {
        ObjectNode s = json.createObjectNode();
        s.put("id", id);
        s.put("form", i % 2 == 0 ? "Indirect" : "Direct");
        s.put("medium", "Speech");
        part(s.putObject("quote"), quote(i), 0, 40);
        ObjectNode sp = part(s.putObject("speaker"), "Talvik", 45, 51);
        sp.put("name", "Mira Talvik").put("entityId", "p-7").put("kind", "PERSON").put("resolution", "name in the sentence");
        part(s.putObject("cue"), "sagte", 52, 57);
        s.putNull("frame");
        s.putNull("addressee");
        if (i == 4) {
            part(s.putObject("channel"), "im Hafenfunk", 58, 70);
            ObjectNode via = part(s.putObject("intermediary"), "Agentur Nord", 75, 87);
            via.putNull("name").putNull("entityId").put("kind", "ORG").put("resolution", "agency");
            s.put("parentId", article + "-s-1");
        } else {
            s.putNull("channel");
            s.putNull("intermediary");
            s.putNull("parentId");
        }
        s.put("sentence", i % 7);
        s.put("rule", "verb-cue");
        s.put("confidence", 0.85);
        s.putArray("evidence").add("rule verb-cue").add("speaker by name in the sentence");
        s.put("articleId", article);
        s.put("articleVersion", 2);
        s.put("outlet", outlet(article));
        s.put("url", url(article));
        s.put("publishedAt", published(article) == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published(article)));
        s.putNull("clusterId");
        s.put("extractorVersion", "x-9");
        return s.toString();
    }

    static ObjectNode part(ObjectNode p, String text, int start, int end) {
        p.put("text", text);
        p.putArray("spans").addObject().put("start", start).put("end", end);
        return p;
    }
}
