package org.gongkai.command.letter;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gongkai.events.letter.LetterNumberAllocated;

/**
 * One agency's series of document numbers for one year and one kind of letter (ADR 0028). One stream per series
 * keeps each stream to a year's letters of one kind, and makes two clerks numbering at once meet on the event
 * store's unique (stream, sequence): the second gets a 409 and asks again, so a series never has a gap or a
 * number given twice.
 */
@Aggregate
class LetterRegister {

    @AggregateIdentifier
    private String registerId;

    private int last;
    private final Map<String, Integer> byApplication = new HashMap<>();

    LetterRegister() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(AllocateLetterNumber command) {
        Integer known = byApplication.get(command.applicationId());
        if (known != null) {
            return known; // the same letter again: the same number
        }
        int next = last + 1;
        apply(new LetterNumberAllocated(
                command.registerId(),
                command.agencyId(),
                command.year(),
                command.kind(),
                command.applicationId(),
                next));
        return next;
    }

    @EventSourcingHandler
    void on(LetterNumberAllocated event) {
        registerId = event.registerId();
        last = event.sequence();
        byApplication.put(event.applicationId(), event.sequence());
    }
}
