package org.whosaid.web.security;

import jakarta.enterprise.context.RequestScoped;

/** What the request filter learned about the current request: who (and which session), which language, the CSRF cookie. */
@RequestScoped
public class RequestState {
    private String user;
    private Role role;
    private String sessionId = "";
    private String lang = "en";
    private boolean langFromQuery;
    private String csrfCookie;
    private boolean newCsrfCookie;
    private String path = "/";
    private String query = "";
    private Long lastVisit;

    public String user() { return user; }
    public Role role() { return role; }
    /** The session cookie's nonce, "" without a session cookie (anonymous or an OIDC bearer token). */
    public String sessionId() { return sessionId; }
    public boolean loggedIn() { return user != null; }
    public boolean has(Role r) { return role != null && role.atLeast(r); }
    public String lang() { return lang; }
    public boolean langFromQuery() { return langFromQuery; }
    public String csrfCookie() { return csrfCookie; }
    public boolean newCsrfCookie() { return newCsrfCookie; }
    public String path() { return path; }
    public String query() { return query; }
    public Long lastVisit() { return lastVisit; }

    void user(String user, Role role) { this.user = user; this.role = role; }
    void session(Sessions.Session s) { user(s.user(), s.role()); this.sessionId = s.nonce(); }
    void lang(String lang, boolean fromQuery) { this.lang = lang; this.langFromQuery = fromQuery; }
    void csrfCookie(String token, boolean fresh) { this.csrfCookie = token; this.newCsrfCookie = fresh; }
    void request(String path, String query) { this.path = path; this.query = query == null ? "" : query; }
    void lastVisit(Long lastVisit) { this.lastVisit = lastVisit; }
}
