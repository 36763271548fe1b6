package org.gongkai.query.application;

import java.time.LocalDate;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;

/** What the counting rules need to know about one application. Closed when it has an outcome and a date. */
record ApplicationFacts(
        String applicationId,
        String agencyId,
        ApplicantType applicantType,
        Channel channel,
        LocalDate receivedOn,
        LocalDate dueOn,
        Outcome outcome,
        LocalDate closedOn) {

    boolean open() {
        return outcome == null;
    }

    ApplicationFacts closedAs(Outcome newOutcome, LocalDate on) {
        return new ApplicationFacts(applicationId, agencyId, applicantType, channel, receivedOn, dueOn, newOutcome, on);
    }

    ApplicationFacts dueOn(LocalDate newDueOn) {
        return new ApplicationFacts(
                applicationId, agencyId, applicantType, channel, receivedOn, newDueOn, outcome, closedOn);
    }
}
