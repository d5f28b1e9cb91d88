package org.whosaid.ingest.clean;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** News agencies and the short forms that appear in credit lines ("rts" is Reuters). */
public final class Agencies {
    private static final Map<String, String> BY_TOKEN = new LinkedHashMap<>();

    static {
        put("dpa", "dpa", "dpa-afx", "deutsche presse-agentur");
        put("AFP", "afp", "agence france-presse");
        put("Reuters", "reuters", "rts", "rtr");
        put("AP", "ap", "associated press");
        put("KNA", "kna");
        put("epd", "epd");
        put("Tass", "tass", "тасс");
        put("RIA Novosti", "ria", "ria novosti");
        put("APA", "apa");
        put("SDA", "sda", "keystone-sda");
        put("dts", "dts");
        put("SID", "sid");
        put("Xinhua", "xinhua");
        put("Interfax", "interfax");
        put("Ukrinform", "ukrinform");
        put("ANP", "anp");
        put("EFE", "efe");
        put("ANSA", "ansa");
    }

    private Agencies() {
    }

    private static void put(String canonical, String... tokens) {
        for (String t : tokens) {
            BY_TOKEN.put(t, canonical);
        }
    }

    public static Optional<String> canonical(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_TOKEN.get(token.trim().toLowerCase(Locale.ROOT)));
    }

    public static String alternation() {
        StringBuilder b = new StringBuilder();
        for (String k : BY_TOKEN.keySet()) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(java.util.regex.Pattern.quote(k));
        }
        return b.toString();
    }
}
