package org.whosaid.web.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.whosaid.web.config.WebConfig;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Applies {@code whosaid.web.time-zone} at start: every page shows dates and times in that one zone, named (e.g.
 * {@code UTC} shows "2026-03-02 09:00 UTC"); it lives beside {@link Views}, which it sets, so {@code config/} imports
 * no other package.
 */
@ApplicationScoped
public class TimeZoneSetting {

    void onStart(@Observes StartupEvent e, WebConfig config) {
        String id = config.web().timeZone();
        try {
            Views.zone(ZoneId.of(id));
        } catch (DateTimeException ex) {
            throw new IllegalStateException("whosaid.web.time-zone: unknown time zone '" + id
                    + "' (use an IANA id such as Europe/Berlin or UTC)", ex);
        }
    }
}
