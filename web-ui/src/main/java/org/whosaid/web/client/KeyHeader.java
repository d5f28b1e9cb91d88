package org.whosaid.web.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the admin key on every call (reads too, for services run with {@code whosaid.auth.read-requires-key=true})
 * when a key is known; write calls also pass it explicitly. Also passes the request id on (X-Request-Id).
 */
@ApplicationScoped
public class KeyHeader implements ClientHeadersFactory {
    @Inject AdminKey adminKey;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> out = new MultivaluedHashMap<>();
        if (!outgoing.containsKey("Authorization")) {
            String key = adminKey.keyOrNull();
            if (key != null) out.add("Authorization", "Bearer " + key);
        }
        String requestId = org.whosaid.web.logging.RequestIds.current();
        if (requestId != null && !outgoing.containsKey("X-Request-Id")) out.add("X-Request-Id", requestId);
        return out;
    }
}
