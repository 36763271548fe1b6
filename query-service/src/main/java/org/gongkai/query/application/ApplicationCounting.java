package org.gongkai.query.application;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.events.application.AnswerDeferred;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.ConsultationEnded;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.events.application.SupplementReceived;
import org.gongkai.events.application.SupplementRequested;
import org.gongkai.query.statistics.Quarter;
import org.gongkai.query.statistics.TallyCounts;

/**
 * The counting rules of table 三 (DOMAIN.md §6) as one pure function: the application's facts and a new event in,
 * its next facts and the tally cells that change out. Receipts count in the quarter of the receipt date (§6.4),
 * closes in the quarter of the closing date with exactly one outcome (§6.5, §6.6); a correction moves the count,
 * never adds one.
 */
final class ApplicationCounting {

    record Transition(ApplicationFacts next, List<TallyDelta> deltas) {

        static Transition unchanged(ApplicationFacts facts) {
            return new Transition(facts, List.of());
        }
    }

    private ApplicationCounting() {}

    static Transition apply(ApplicationFacts current, ApplicationEvent event) {
        if (event instanceof ApplicationReceived received) {
            return current != null ? Transition.unchanged(current) : receive(received);
        }
        if (current == null) {
            return Transition.unchanged(null);
        }
        if (event instanceof DecisionRecorded decision) {
            return close(current, decision.outcome(), decision.decidedOn());
        }
        if (event instanceof DecisionCorrected correction) {
            return close(current, correction.outcome(), correction.decidedOn());
        }
        if (event instanceof ApplicationWithdrawn withdrawn) {
            // A withdrawal after a decision changes nothing: the application was already counted once.
            return current.open()
                    ? close(current, Outcome.OTHER, withdrawn.withdrawnOn())
                    : Transition.unchanged(current);
        }
        if (event instanceof SupplementRequested || event instanceof ConsultationStarted) {
            // the statutory clock stops (条例 Art. 30, 32): no due date until the supplement or the consultation
            // ends, so a waiting application is neither overdue nor due this week
            return Transition.unchanged(current.dueOn(null));
        }
        if (event instanceof ProcessingFeeNoticeIssued && current.open()) {
            // 国办函〔2020〕109号 (ADR 0030): the wait for the payment does not count, so no due date until it is paid
            return Transition.unchanged(current.dueOn(null));
        }
        if (event instanceof ProcessingFeePaid paid && paid.dueOn() != null) {
            return Transition.unchanged(current.dueOn(paid.dueOn()));
        }
        if (event instanceof AnswerDeferred deferred) {
            return Transition.unchanged(current.dueOn(deferred.dueOn()));
        }
        if (event instanceof SupplementReceived supplement && supplement.dueOn() != null) {
            return Transition.unchanged(current.dueOn(supplement.dueOn()));
        }
        if (event instanceof ExtensionGranted extension && extension.dueOn() != null) {
            return Transition.unchanged(current.dueOn(extension.dueOn()));
        }
        if (event instanceof ConsultationEnded consultation && consultation.dueOn() != null) {
            return Transition.unchanged(current.dueOn(consultation.dueOn()));
        }
        return Transition.unchanged(current);
    }

    private static Transition receive(ApplicationReceived received) {
        ApplicationFacts facts = new ApplicationFacts(
                received.applicationId(),
                received.agencyId(),
                received.applicantType(),
                received.channel(),
                received.receivedOn(),
                received.dueOn(),
                null,
                null);
        return new Transition(
                facts,
                List.of(new TallyDelta(
                        received.agencyId(),
                        Quarter.of(received.receivedOn()),
                        received.applicantType(),
                        TallyCounts.RECEIVED,
                        1)));
    }

    /** Closes an open application, or moves a closed one to its corrected outcome and date. */
    private static Transition close(ApplicationFacts current, Outcome outcome, java.time.LocalDate on) {
        List<TallyDelta> deltas = new ArrayList<>(2);
        if (!current.open()) {
            if (current.outcome() == outcome && current.closedOn().equals(on)) {
                return Transition.unchanged(current);
            }
            deltas.add(new TallyDelta(
                    current.agencyId(),
                    Quarter.of(current.closedOn()),
                    current.applicantType(),
                    current.outcome().name(),
                    -1));
        }
        deltas.add(new TallyDelta(current.agencyId(), Quarter.of(on), current.applicantType(), outcome.name(), 1));
        return new Transition(current.closedAs(outcome, on), deltas);
    }
}
