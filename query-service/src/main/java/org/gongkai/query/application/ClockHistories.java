package org.gongkai.query.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.calendar.ClockFact;
import org.gongkai.events.calendar.ClockFacts;
import org.gongkai.events.calendar.DueDate;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.query.intake.WireFormat;
import org.springframework.stereotype.Component;

/** Applications' stored facts turned back into clock histories, so due dates can be re-derived with today's calendar. */
@Component
class ClockHistories {

    private final ApplicationFactRepository facts;
    private final StatutoryClock statutoryClock;
    private final ObjectMapper mapper = WireFormat.objectMapper();

    ClockHistories(ApplicationFactRepository facts, StatutoryClock statutoryClock) {
        this.facts = facts;
        this.statutoryClock = statutoryClock;
    }

    /** The due date under the calendar loaded now, per application; absent for a history the clock refuses. */
    Map<String, DueDate> dueDates(Collection<String> applicationIds) {
        Map<String, List<ApplicationEvent>> events = new LinkedHashMap<>();
        for (ApplicationFactEntity fact :
                facts.findByApplicationIdInOrderByApplicationIdAscSequenceNoAsc(applicationIds)) {
            event(fact.eventType(), read(fact.payload()))
                    .ifPresent(e -> events.computeIfAbsent(fact.applicationId(), id -> new java.util.ArrayList<>())
                            .add(e));
        }
        Map<String, DueDate> due = new LinkedHashMap<>();
        events.forEach((id, history) -> dueDate(history).ifPresent(d -> due.put(id, d)));
        return due;
    }

    Optional<DueDate> dueDate(List<ApplicationEvent> events) {
        List<ClockFact> clockFacts = ClockFacts.of(events);
        if (clockFacts.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(statutoryClock.dueDate(clockFacts));
        } catch (IllegalArgumentException impossibleHistory) {
            return Optional.empty(); // the command side refuses such histories; a partial stream (mid-rebuild) has none
        }
    }

    Optional<ApplicationEvent> event(String type, JsonNode data) {
        return EventCatalogue.byName(type)
                .filter(t -> ApplicationEvent.class.isAssignableFrom(t.javaType()))
                .map(t -> (ApplicationEvent) mapper.convertValue(data, t.javaType()));
    }

    JsonNode read(String payload) {
        try {
            return mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fact is not JSON", e);
        }
    }
}
