package org.gongkai.command.proactive;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.command.rejection.IdAlreadyUsed;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.command.rejection.Require;
import org.gongkai.command.rejection.UnknownId;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;

/**
 * A rule (规章) or normative document (行政规范性文件): in force from its issue until its repeal, so table 二 can
 * count the stock in force at any year end, across all years.
 */
@Aggregate
class RegulatoryDocument {

    @AggregateIdentifier
    private String documentId;

    private RegulatoryDocumentIssued issue;
    private LocalDate repealedOn;

    RegulatoryDocument() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(IssueRegulatoryDocument command, Today today, AgencyDirectory agencies) {
        RegulatoryDocumentIssued issued = new RegulatoryDocumentIssued(
                command.documentId(),
                command.agencyId(),
                command.kind(),
                command.title(),
                command.documentNumber(),
                command.issuedOn());
        if (issue != null) {
            if (issue.equals(issued)) {
                return documentId; // a retry
            }
            throw new IdAlreadyUsed("documentId", documentId);
        }
        agencies.requireRegistered("agencyId", command.agencyId());
        if (command.kind() == null) {
            throw new InvalidValue("kind", "缺少文件类型：kind is required (RULE or NORMATIVE_DOCUMENT)");
        }
        Require.text("title", command.title());
        today.requireNotInFuture("issuedOn", command.issuedOn());
        apply(issued);
        return command.documentId();
    }

    @CommandHandler
    void handle(RepealRegulatoryDocument command, Today today) {
        if (!issue.agencyId().equals(command.agencyId())) {
            throw new UnknownId("documentId", documentId);
        }
        if (repealedOn != null) {
            if (repealedOn.equals(command.repealedOn())) {
                return; // re-sent
            }
            throw new DocumentAlreadyRepealed(documentId);
        }
        today.requireNotInFuture("repealedOn", command.repealedOn());
        if (command.repealedOn().isBefore(issue.issuedOn())) {
            throw new RepealBeforeIssue(command.repealedOn(), issue.issuedOn());
        }
        apply(new RegulatoryDocumentRepealed(documentId, issue.agencyId(), command.repealedOn()));
    }

    @EventSourcingHandler
    void on(RegulatoryDocumentIssued event) {
        documentId = event.documentId();
        issue = event;
    }

    @EventSourcingHandler
    void on(RegulatoryDocumentRepealed event) {
        repealedOn = event.repealedOn();
    }
}
