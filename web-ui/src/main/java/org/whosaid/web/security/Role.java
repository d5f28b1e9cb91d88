package org.whosaid.web.security;

import java.util.Locale;

/** Web-ui roles, each including the ones before it. */
public enum Role {
    VIEWER, REVIEWER, ADMIN;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    public static Role parse(String s) {
        return Role.valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
