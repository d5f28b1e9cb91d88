package org.whosaid.ingest.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.whosaid.ingest.store.Columns;

/** The widths in {@link Columns} are the widths the migrations create (issue 15 finding 2: one source of limits). */
class ColumnsTest {

    static Map<String, Integer> widths() throws IOException {
        Map<String, Integer> w = new HashMap<>();
        for (String file : new String[]{"V1__ingest_schema.sql", "V2__outbox_article_index.sql", "V3__outbox_request_id.sql"}) {
            String sql;
            try (InputStream in = ColumnsTest.class.getResourceAsStream("/db/migration/" + file)) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher table = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL).matcher(sql);
            while (table.find()) {
                Matcher col = Pattern.compile("(?m)^\\s+(\\w+) VARCHAR\\((\\d+)\\)").matcher(table.group(2));
                while (col.find()) {
                    w.put(table.group(1) + "." + col.group(1), Integer.parseInt(col.group(2)));
                }
            }
            Matcher alter = Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (\\w+) VARCHAR\\((\\d+)\\)").matcher(sql);
            while (alter.find()) {
                w.put(alter.group(1) + "." + alter.group(2), Integer.parseInt(alter.group(3)));
            }
        }
        return w;
    }

    @Test
    void constantsMatchTheMigrations() throws IOException {
        Map<String, Integer> w = widths();
        assertEquals(w.get("article.url"), Columns.ARTICLE_URL);
        assertEquals(w.get("article.ident"), Columns.ARTICLE_IDENT);
        assertEquals(w.get("article.outlet"), Columns.ARTICLE_OUTLET);
        assertEquals(w.get("article.title"), Columns.ARTICLE_TITLE);
        assertEquals(w.get("article.published_at"), Columns.ARTICLE_PUBLISHED_AT);
        assertEquals(w.get("article.language"), Columns.ARTICLE_LANGUAGE);
        assertEquals(w.get("article.agencies"), Columns.ARTICLE_AGENCIES);
        assertEquals(w.get("article.authors"), Columns.ARTICLE_AUTHORS);
        assertEquals(w.get("article.analysis_error"), Columns.ARTICLE_ANALYSIS_ERROR);
        assertEquals(w.get("article_version.title"), Columns.VERSION_TITLE);
        assertEquals(w.get("article_version.raw_type"), Columns.VERSION_RAW_TYPE);
        assertEquals(w.get("outlet.name"), Columns.OUTLET_NAME);
        assertEquals(w.get("outlet.aliases"), Columns.OUTLET_ALIASES);
        assertEquals(w.get("outlet.domains"), Columns.OUTLET_DOMAINS);
        assertEquals(w.get("outlet.country"), Columns.OUTLET_COUNTRY);
        assertEquals(w.get("outlet.language"), Columns.OUTLET_LANGUAGE);
        assertEquals(w.get("outlet.zone"), Columns.OUTLET_ZONE);
        assertEquals(w.get("outlet.note"), Columns.OUTLET_NOTE);
        assertEquals(w.get("feed.url"), Columns.FEED_URL);
        assertEquals(w.get("feed.outlet"), Columns.FEED_OUTLET);
    }
}
