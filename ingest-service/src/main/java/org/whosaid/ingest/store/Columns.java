package org.whosaid.ingest.store;

/**
 * Widths of the text columns of the ingest schema (db/migration/V1__ingest_schema.sql), so that every stored value is
 * checked against its column before it reaches the database: API input gets a 400 naming the field, metadata found in
 * HTML or feeds is trimmed to fit. {@code ColumnsTest} reads the migrations and fails when a width here differs.
 */
public final class Columns {
    private Columns() {
    }

    public static final int ARTICLE_URL = 2048;
    public static final int ARTICLE_IDENT = 2200;
    public static final int ARTICLE_OUTLET = 200;
    public static final int ARTICLE_TITLE = 2000;
    public static final int ARTICLE_PUBLISHED_AT = 64;
    public static final int ARTICLE_LANGUAGE = 16;
    public static final int ARTICLE_AGENCIES = 1000;
    public static final int ARTICLE_AUTHORS = 1000;
    public static final int ARTICLE_ANALYSIS_ERROR = 2000;
    public static final int VERSION_TITLE = 2000;
    public static final int VERSION_RAW_TYPE = 100;
    public static final int OUTLET_NAME = 200;
    public static final int OUTLET_ALIASES = 2000;
    public static final int OUTLET_DOMAINS = 2000;
    public static final int OUTLET_COUNTRY = 8;
    public static final int OUTLET_LANGUAGE = 16;
    public static final int OUTLET_ZONE = 64;
    public static final int OUTLET_NOTE = 2000;
    public static final int FEED_URL = 2048;
    public static final int FEED_OUTLET = 200;

    /** {@code value} cut to {@code width} characters (never inside a surrogate pair), stripped; null stays null. */
    public static String fit(String value, int width) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() <= width) {
            return v;
        }
        int end = width;
        if (Character.isHighSurrogate(v.charAt(end - 1))) {
            end--;
        }
        return v.substring(0, end).strip();
    }
}
