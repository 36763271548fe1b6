package org.gongkai.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.ConsultationEnded;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.SupplementReceived;
import org.gongkai.events.application.SupplementRequested;
import org.junit.jupiter.api.Test;

class ClockFactsTest {

    @Test
    void readsTheClockFactsOfAnApplicationStreamAndSkipsTheRest() {
        List<ApplicationEvent> events = List.of(
                new ApplicationReceived(
                        "a1",
                        "g1",
                        LocalDate.of(2025, 1, 24),
                        Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON,
                        "budget",
                        LocalDate.of(2025, 2, 27)),
                new SupplementRequested("a1", LocalDate.of(2025, 1, 27), LocalDate.of(2025, 2, 14)),
                new SupplementReceived("a1", LocalDate.of(2025, 2, 5), LocalDate.of(2025, 3, 6)),
                new ConsultationStarted("a1", "c1", ConsultationParty.THIRD_PARTY, LocalDate.of(2025, 2, 10)),
                new ConsultationEnded("a1", "c1", LocalDate.of(2025, 2, 12), LocalDate.of(2025, 3, 11)),
                new ExtensionGranted("a1", LocalDate.of(2025, 3, 3), 5, "volume", LocalDate.of(2025, 3, 18)),
                new DecisionRecorded("a1", Outcome.DISCLOSED, LocalDate.of(2025, 3, 10)));

        List<ClockFact> facts = ClockFacts.of(events);

        assertThat(facts)
                .containsExactly(
                        new ClockFact.Received(LocalDate.of(2025, 1, 24)),
                        new ClockFact.SupplementRequested(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 2, 14)),
                        new ClockFact.SupplementReceived(LocalDate.of(2025, 2, 5)),
                        new ClockFact.ConsultationStarted("c1", LocalDate.of(2025, 2, 10)),
                        new ClockFact.ConsultationEnded("c1", LocalDate.of(2025, 2, 12)),
                        new ClockFact.ExtensionGranted(LocalDate.of(2025, 3, 3), 5));
    }
}
