package org.gongkai.query.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.SupplementRequested;

/**
 * What the letters of one case are made of, folded from its facts in stream order: the latest of each kind
 * counts (a corrected decision replaces the first; a second extension's notice states the new due date).
 */
record CaseFacts(
        String applicationId,
        String caseNumber,
        LocalDate receivedOn,
        Channel channel,
        String subject,
        LocalDate firstDueOn,
        SupplementRequested supplement,
        ExtensionGranted extension,
        ConsultationStarted consultation,
        ProcessingFeeNoticeIssued fee,
        Outcome outcome,
        LocalDate closedOn) {

    static CaseFacts of(List<ApplicationEvent> events) {
        CaseFacts facts = new CaseFacts(null, null, null, null, null, null, null, null, null, null, null, null);
        for (ApplicationEvent event : events) {
            facts = facts.with(event);
        }
        return facts;
    }

    private CaseFacts with(ApplicationEvent event) {
        if (event instanceof ApplicationReceived r) {
            return new CaseFacts(
                    r.applicationId(),
                    r.caseNumber(),
                    r.receivedOn(),
                    r.channel(),
                    r.subject(),
                    r.dueOn(),
                    supplement,
                    extension,
                    consultation,
                    fee,
                    outcome,
                    closedOn);
        } else if (event instanceof SupplementRequested s) {
            return new CaseFacts(
                    applicationId,
                    caseNumber,
                    receivedOn,
                    channel,
                    subject,
                    firstDueOn,
                    s,
                    extension,
                    consultation,
                    fee,
                    outcome,
                    closedOn);
        } else if (event instanceof ExtensionGranted e) {
            return new CaseFacts(
                    applicationId,
                    caseNumber,
                    receivedOn,
                    channel,
                    subject,
                    firstDueOn,
                    supplement,
                    e,
                    consultation,
                    fee,
                    outcome,
                    closedOn);
        } else if (event instanceof ConsultationStarted c) {
            // the first consultation is the one the letters are about; later ones are rare and alike
            return new CaseFacts(
                    applicationId,
                    caseNumber,
                    receivedOn,
                    channel,
                    subject,
                    firstDueOn,
                    supplement,
                    extension,
                    consultation == null ? c : consultation,
                    fee,
                    outcome,
                    closedOn);
        } else if (event instanceof ProcessingFeeNoticeIssued f) {
            return new CaseFacts(
                    applicationId,
                    caseNumber,
                    receivedOn,
                    channel,
                    subject,
                    firstDueOn,
                    supplement,
                    extension,
                    consultation,
                    f,
                    outcome,
                    closedOn);
        } else if (event instanceof DecisionRecorded d) {
            return closed(d.outcome(), d.decidedOn());
        } else if (event instanceof DecisionCorrected d) {
            return closed(d.outcome(), d.decidedOn());
        } else if (event instanceof ApplicationWithdrawn w) {
            return closed(Outcome.OTHER, w.withdrawnOn());
        }
        return this;
    }

    private CaseFacts closed(Outcome newOutcome, LocalDate on) {
        return new CaseFacts(
                applicationId,
                caseNumber,
                receivedOn,
                channel,
                subject,
                firstDueOn,
                supplement,
                extension,
                consultation,
                fee,
                newOutcome,
                on);
    }

    boolean received() {
        return receivedOn != null;
    }

    ConsultationParty consultationParty() {
        return consultation == null ? null : consultation.party();
    }

    FeeScheme feeScheme() {
        return fee == null ? null : fee.scheme();
    }

    BigDecimal feeYuan() {
        return fee == null ? null : fee.amountYuan();
    }
}
