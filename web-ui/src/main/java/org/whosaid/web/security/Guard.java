package org.whosaid.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks in write endpoints: the role needed and the CSRF token of the submitted form. */
@ApplicationScoped
public class Guard {
    @Inject RequestState state;
    @Inject Secrets secrets;

    /**
     * The token a form must echo back in its {@code _csrf} field: the HMAC of this browser's CSRF cookie and its session, so
     * a token taken before the login (or from another session) is refused after it.
     */
    public String csrfToken() {
        return secrets.sign(signed());
    }

    private String signed() {
        return "csrf|" + state.csrfCookie() + "|" + state.sessionId();
    }

    /** Throws unless the request carries a CSRF token matching its cookie and the user has at least {@code role}. */
    public String require(Role role, String csrf) {
        csrf(csrf);
        if (!state.loggedIn()) throw new Forbidden("login", true);
        if (!state.has(role)) throw new Forbidden("role", false);
        return state.user();
    }

    /** CSRF check alone (the login form). */
    public void csrf(String csrf) {
        if (state.csrfCookie() == null || state.newCsrfCookie() || csrf == null
                || !secrets.verify(signed(), csrf)) {
            throw new Forbidden("csrf", false);
        }
    }
}
