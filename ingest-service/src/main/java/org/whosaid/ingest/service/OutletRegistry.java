package org.whosaid.ingest.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.whosaid.ingest.store.Outlet;

import java.net.URI;
import java.util.*;

/** Looks outlets up by name, alias or domain; cached in memory and reloaded after every edit. */
@ApplicationScoped
public class OutletRegistry {

    /** An immutable copy of an outlet row. */
    public record Entry(long id, String name, List<String> aliases, List<String> domains, String country,
                        String language, String zone, boolean agency, String note) {
    }

    private volatile List<Entry> cache;

    public List<Entry> all() {
        List<Entry> c = cache;
        if (c == null) {
            c = QuarkusTransaction.joiningExisting().call(() -> Outlet.<Outlet>listAll().stream().map(OutletRegistry::entry).toList());
            cache = c;
        }
        return c;
    }

    public void invalidate() {
        cache = null;
    }

    public static Entry entry(Outlet o) {
        return new Entry(o.id, o.name, split(o.aliases), split(o.domains), o.country, o.language, o.zone, o.agency, o.note);
    }

    public static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** By name or alias, case-insensitive; a leading "www." is ignored. */
    public Optional<Entry> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = norm(name);
        for (Entry e : all()) {
            if (norm(e.name()).equals(n) || e.aliases().stream().anyMatch(a -> norm(a).equals(n))
                    || e.domains().stream().anyMatch(d -> norm(d).equals(n))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** By the URL's host: the registered domain equals the host or is a parent of it. */
    public Optional<Entry> byUrl(String url) {
        String host = host(url);
        if (host == null) {
            return Optional.empty();
        }
        for (Entry e : all()) {
            for (String d : e.domains()) {
                String dd = d.toLowerCase(Locale.ROOT);
                if (host.equals(dd) || host.endsWith("." + dd)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    public static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String norm(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("www.") ? t.substring(4) : t;
    }
}
