package org.whosaid.analysis.security;

import jakarta.ws.rs.container.ContainerRequestContext;

/** Who made a decision: the X-Whosaid-User header (set by the web-ui for its logged-in user), else the key's name. */
public final class Actor {
    private Actor() {
    }

    public static String of(ContainerRequestContext ctx) {
        Object c = ctx.getProperty(AuthFilter.CALLER);
        String key = c instanceof ApiKeys.Caller caller ? caller.name() : "anonymous";
        String user = ctx.getHeaderString("X-Whosaid-User");
        if (user != null && !user.isBlank()) {
            String u = user.strip().replaceAll("[\\p{Cntrl}]", "");
            if (u.length() > 120) {
                u = u.substring(0, 120);
            }
            return u + " (key " + key + ")";
        }
        return key;
    }
}
