package org.whosaid.ingest.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.whosaid.ingest.store.OutboxEntry;

/** The hand-off backlog. */
@Path("/api/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    /** Counts and the oldest pending row's creation time. */
    public record OutboxStatus(long pending, long failed, String oldestPendingAt) {
    }

    @GET
    public OutboxStatus status() {
        return QuarkusTransaction.requiringNew().call(OutboxResource::read);
    }

    public static OutboxStatus read() {
        OutboxEntry oldest = OutboxEntry.<OutboxEntry>find("status = ?1 order by id", OutboxEntry.PENDING).firstResult();
        return new OutboxStatus(OutboxEntry.count("status", OutboxEntry.PENDING), OutboxEntry.count("status", OutboxEntry.FAILED),
                oldest == null ? null : oldest.createdAt.toString());
    }
}
