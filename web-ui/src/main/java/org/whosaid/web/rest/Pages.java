package org.whosaid.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.web.i18n.Messages;
import org.whosaid.web.security.Guard;
import org.whosaid.web.security.RequestState;
import org.whosaid.web.security.Role;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds the per-request {@link Ctx} for templates. */
@ApplicationScoped
public class Pages {
    @Inject RequestState state;
    @Inject Messages messages;
    @Inject Guard guard;

    public Ctx ctx() {
        String lang = state.lang();
        String other = lang.equals("de") ? "en" : "de";
        return new Ctx(lang, messages.bundle(lang), state.user() == null ? "" : state.user(),
                state.role() == null ? "" : state.role().id(), state.loggedIn(), state.has(Role.REVIEWER),
                state.has(Role.ADMIN), guard.csrfToken(), withParam(state.path(), state.query(), "lang", other), other,
                state.path());
    }

    public String msg(String key) {
        return messages.get(state.lang(), key);
    }

    public String lang() {
        return state.lang();
    }

    /** The path with one query parameter set (others kept), for language switches and pagers. */
    public static String withParam(String path, String query, String name, String value) {
        List<String> parts = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String kv : query.split("&")) {
                String k = URLDecoder.decode(kv.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!k.equals(name) && !kv.isEmpty()) parts.add(kv);
            }
        }
        if (value != null) parts.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        return path + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }
}
