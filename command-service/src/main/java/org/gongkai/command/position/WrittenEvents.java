package org.gongkai.command.position;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers, per HTTP request, the last event its commands applied. The command bus handles commands in the
 * request's thread, so the event bus sees them there; the global index is only known once they are stored, so
 * this keeps the aggregate and sequence, which identify the stored row.
 */
@Component
class WrittenEvents {

    private static final String LAST = WrittenEvents.class.getName() + ".last";

    record Written(String aggregateId, long sequence) {}

    WrittenEvents(EventStore events) {
        events.registerDispatchInterceptor(this::remember);
    }

    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> remember(List<? extends EventMessage<?>> batch) {
        return (index, event) -> {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null && event instanceof DomainEventMessage<?> domain) {
                request.setAttribute(
                        LAST,
                        new Written(domain.getAggregateIdentifier(), domain.getSequenceNumber()),
                        RequestAttributes.SCOPE_REQUEST);
            }
            return event;
        };
    }

    Optional<Written> last(RequestAttributes request) {
        return Optional.ofNullable((Written) request.getAttribute(LAST, RequestAttributes.SCOPE_REQUEST));
    }
}
