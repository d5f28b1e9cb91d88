package org.whosaid.web.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Tolerant reading of service answers: a missing field, a null or a different type gives the fallback. */
public final class Json {
    private Json() {}

    /** The first of the given fields that is present and not null. */
    public static JsonNode field(JsonNode n, String... names) {
        if (n == null || !n.isObject()) return null;
        for (String name : names) {
            JsonNode v = n.get(name);
            if (v != null && !v.isNull() && !v.isMissingNode()) return v;
        }
        return null;
    }

    public static String text(JsonNode n, String name, String fallback) {
        JsonNode v = field(n, name);
        if (v == null) return fallback;
        if (v.isValueNode()) return v.asText();
        if (v.isObject()) {
            JsonNode t = field(v, "text", "name", "value");
            return t != null && t.isValueNode() ? t.asText() : fallback;
        }
        return fallback;
    }

    public static String text(JsonNode n, String name) {
        return text(n, name, "");
    }

    /** Text of the first present field among names. */
    public static String any(JsonNode n, String... names) {
        for (String name : names) {
            String t = text(n, name, null);
            if (t != null && !t.isBlank()) return t;
        }
        return "";
    }

    public static long longOf(JsonNode n, String name, long fallback) {
        JsonNode v = field(n, name);
        if (v == null) return fallback;
        if (v.isNumber()) return v.asLong();
        try { return Long.parseLong(v.asText().trim()); } catch (NumberFormatException e) { return fallback; }
    }

    public static int intOf(JsonNode n, String name, int fallback) {
        return (int) longOf(n, name, fallback);
    }

    public static double doubleOf(JsonNode n, String name, double fallback) {
        JsonNode v = field(n, name);
        if (v == null) return fallback;
        if (v.isNumber()) return v.asDouble();
        try { return Double.parseDouble(v.asText().trim()); } catch (NumberFormatException e) { return fallback; }
    }

    public static boolean bool(JsonNode n, String name) {
        JsonNode v = field(n, name);
        return v != null && (v.isBoolean() ? v.asBoolean() : "true".equalsIgnoreCase(v.asText()));
    }

    /** The elements of an array field, or of {items:[…]} when the node is a page, or of the node itself when an array. */
    public static List<JsonNode> list(JsonNode n, String... names) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null) return out;
        JsonNode arr = names.length == 0 ? n : field(n, names);
        if (arr == null) return out;
        if (arr.isObject() && arr.has("items")) arr = arr.get("items");
        if (arr != null && arr.isArray()) arr.forEach(out::add);
        return out;
    }

    /** Items of a page answer {items, total, …} or of a bare array. */
    public static List<JsonNode> items(JsonNode page) {
        if (page == null) return new ArrayList<>();
        if (page.isArray()) return list(page);
        return list(page, "items", "content", "results");
    }

    public static long total(JsonNode page) {
        if (page == null) return 0;
        if (page.isArray()) return page.size();
        return longOf(page, "total", items(page).size());
    }

    /** Texts of a string array (or an array of objects with name/text). */
    public static List<String> strings(JsonNode n, String... names) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : list(n, names)) {
            if (v.isValueNode()) out.add(v.asText());
            else {
                String t = any(v, "name", "spelling", "text", "value", "role", "rule");
                if (!t.isEmpty()) out.add(t);
            }
        }
        return out;
    }
}
