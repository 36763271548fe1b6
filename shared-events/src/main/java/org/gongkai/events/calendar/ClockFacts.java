package org.gongkai.events.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.events.application.AnswerDeferred;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ConsultationEnded;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.events.application.SupplementReceived;
import org.gongkai.events.application.SupplementRequested;

/** Reads the clock facts out of an application's event stream, so both services derive them the same way. */
public final class ClockFacts {

    private ClockFacts() {}

    /** The clock facts among {@code events}, in stream order; decisions, corrections and withdrawals do not move the clock. */
    public static List<ClockFact> of(List<? extends ApplicationEvent> events) {
        List<ClockFact> facts = new ArrayList<>();
        events.forEach(event -> toFact(event).ifPresent(facts::add));
        return List.copyOf(facts);
    }

    /** The clock fact an event carries, if it moves the clock. */
    public static Optional<ClockFact> toFact(ApplicationEvent event) {
        ClockFact fact;
        if (event instanceof ApplicationReceived e) {
            fact = new ClockFact.Received(e.receivedOn());
        } else if (event instanceof SupplementRequested e) {
            fact = new ClockFact.SupplementRequested(e.requestedOn(), e.supplementDueOn());
        } else if (event instanceof SupplementReceived e) {
            fact = new ClockFact.SupplementReceived(e.receivedOn());
        } else if (event instanceof ExtensionGranted e) {
            fact = new ClockFact.ExtensionGranted(e.extendedOn(), e.workingDays());
        } else if (event instanceof ConsultationStarted e) {
            fact = new ClockFact.ConsultationStarted(e.consultationId(), e.startedOn());
        } else if (event instanceof ConsultationEnded e) {
            fact = new ClockFact.ConsultationEnded(e.consultationId(), e.endedOn());
        } else if (event instanceof ProcessingFeeNoticeIssued e) {
            fact = new ClockFact.FeeNotified(e.issuedOn());
        } else if (event instanceof ProcessingFeePaid e) {
            fact = new ClockFact.FeePaid(e.paidOn());
        } else if (event instanceof AnswerDeferred e) {
            fact = new ClockFact.AnswerDeferred(e.deferredOn(), e.dueOn());
        } else {
            fact = null;
        }
        return Optional.ofNullable(fact);
    }
}
