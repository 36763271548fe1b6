package org.gongkai.query.intake;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The event store's global index of a record ({@code gongkai-global-index}, ADR 0023). Records published before
 * the header existed have none; they are still consumed, only positions cannot be compared with them.
 */
final class GlobalIndexHeader {

    static final String NAME = "gongkai-global-index";

    private GlobalIndexHeader() {}

    static Optional<Long> of(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(NAME);
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(new String(header.value(), StandardCharsets.UTF_8)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
