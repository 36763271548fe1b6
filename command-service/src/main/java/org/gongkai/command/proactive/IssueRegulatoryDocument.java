package org.gongkai.command.proactive;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.proactive.DocumentKind;

/** Record a rule or normative document the agency issued. */
public record IssueRegulatoryDocument(
        @TargetAggregateIdentifier String documentId,
        String agencyId,
        DocumentKind kind,
        String title,
        String documentNumber,
        LocalDate issuedOn) {}
