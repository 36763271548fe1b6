package org.gongkai.command.proactive;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a regulatory document was repealed. */
public record RepealRegulatoryDocument(
        @TargetAggregateIdentifier String documentId, String agencyId, LocalDate repealedOn) {}
