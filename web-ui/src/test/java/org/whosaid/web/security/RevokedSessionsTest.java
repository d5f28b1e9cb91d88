package org.whosaid.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The logout list stays bounded and, when full, refuses the oldest sessions rather than forgetting a logout. */
class RevokedSessionsTest {

    private static RevokedSessions withMax(int max) {
        return new RevokedSessions() {
            @Override int max() { return max; }
        };
    }

    @Test
    void aFullListFailsClosed() {
        long t = java.time.Instant.now().getEpochSecond() + 3600;
        RevokedSessions r = withMax(3);
        r.revoke("a", t + 1);
        r.revoke("b", t + 2);
        r.revoke("c", t + 3);
        r.revoke("d", t + 4); // full: "a" is dropped, and every session expiring by t+1 is refused
        assertTrue(r.isRevoked("a", t + 1), "a forgotten logout is still refused");
        assertTrue(r.isRevoked("other", t), "an older live session is refused too (fail closed)");
        assertTrue(r.isRevoked("d", t + 4));
        assertFalse(r.isRevoked("live", t + 2), "a newer live session still works");
    }
}
