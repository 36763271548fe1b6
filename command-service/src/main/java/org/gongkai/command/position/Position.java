package org.gongkai.command.position;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a write stands in the event store: the global index of an event and, so that the query side can tell
 * exactly whether it has applied that event, its aggregate and sequence. The token is
 * {@code <globalIndex>.<sequence>.<aggregate id in base64url>}: URL- and header-safe whatever the id's characters.
 */
record Position(long globalIndex, String aggregateId, long sequence) {

    String token() {
        return globalIndex + "." + sequence + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(aggregateId.getBytes(StandardCharsets.UTF_8));
    }
}
