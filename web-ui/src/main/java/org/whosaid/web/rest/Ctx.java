package org.whosaid.web.rest;

import io.quarkus.qute.TemplateData;

import java.util.Map;

/** What every template gets as {@code p}: interface text, language, who is logged in, the CSRF token. */
@TemplateData
public record Ctx(String lang, Map<String, String> t, String user, String role, boolean loggedIn, boolean canReview,
                  boolean isAdmin, String csrf, String langSwitch, String otherLang, String path) {

    /** Text for an enumerated value: {@code label('status', 'misquoted')} reads key {@code status.misquoted}. */
    public String label(String prefix, String value) {
        String v = value == null || value.isEmpty() ? "none" : value;
        String m = t.get(prefix + "." + v);
        return m != null ? m : v.replace('_', ' ');
    }

    /**
     * A count with its noun in the page language: {@code count(1, 'conflict')} → "1 conflict", "2 conflicts",
     * "1 Widerspruch", "1.200 Wiedergaben" (keys {@code count.<noun>.one} / {@code .other}, {n} the number as written
     * in that language).
     */
    public String count(Object n, String noun) {
        long v = n instanceof Number num ? num.longValue() : parse(String.valueOf(n));
        String tpl = t.get("count." + noun + (v == 1 ? ".one" : ".other"));
        return (tpl != null ? tpl : "{n} " + noun).replace("{n}", number(v));
    }

    /** A whole number as written in the page language (1,234 / 1.234). */
    public String number(Object n) {
        long v = n instanceof Number num ? num.longValue() : parse(String.valueOf(n));
        return java.text.NumberFormat.getIntegerInstance("de".equals(lang) ? java.util.Locale.GERMANY : java.util.Locale.UK).format(v);
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A date as the pages show it, written the page language's way ("02.03.2026, 10:00 CET" / "2 Mar 2026, 10:00 CET"). */
    public String when(String shown) {
        return org.whosaid.web.service.Views.inLanguage(shown, lang);
    }

    /** Interface text for a key, or the key's last part when the bundle has no entry (e.g. an unknown conflict kind). */
    public String msg(String key) {
        String v = t.get(key);
        if (v != null) return v;
        int dot = key.lastIndexOf('.');
        return (dot >= 0 ? key.substring(dot + 1) : key).replace('_', ' ');
    }

    /**
     * Each word of {@code value} that the bundle names under {@code prefix}, in the page language, the rest as it is:
     * {@code words('month', 'may 2026')} → "Mai 2026", {@code 'may+june'} → "Mai+Juni".
     */
    public String words(String prefix, String value) {
        if (value == null) return "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = t.get(prefix + "." + m.group().toLowerCase(java.util.Locale.ROOT));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(w != null ? w : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
