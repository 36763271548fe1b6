package org.gongkai.query.worklist;

import java.time.LocalDate;

/** What the worklist shows of one application beyond its counting facts; null fields are not known or not running. */
record WorklistEntry(
        String applicationId, String caseNumber, String subject, LocalDate supplementDueOn, LocalDate paymentDueOn) {

    WorklistEntry withSupplementDueOn(LocalDate on) {
        return new WorklistEntry(applicationId, caseNumber, subject, on, paymentDueOn);
    }

    WorklistEntry withPaymentDueOn(LocalDate on) {
        return new WorklistEntry(applicationId, caseNumber, subject, supplementDueOn, on);
    }
}
