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

    /** Interface text for a key, or the key's last part when the bundle has no entry (e.g. an unknown conflict kind). */
    public String msg(String key) {
        String v = t.get(key);
        if (v != null) return v;
        int dot = key.lastIndexOf('.');
        return (dot >= 0 ? key.substring(dot + 1) : key).replace('_', ' ');
    }
}
