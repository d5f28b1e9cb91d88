package org.whosaid.web.security;

/** The request needs a login ({@code loginRequired}) or a stronger role, or its CSRF token is wrong. */
public class Forbidden extends RuntimeException {
    private final boolean loginRequired;

    public Forbidden(String message, boolean loginRequired) {
        super(message);
        this.loginRequired = loginRequired;
    }

    public boolean loginRequired() { return loginRequired; }
}
