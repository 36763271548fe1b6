package org.gongkai.command.letter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.letter.LetterKind;

/**
 * Give the letter of {@code kind} about an application the next number of its agency's series for {@code year}.
 * The register key is made by the service from the other fields ({@link
 * org.gongkai.events.letter.LetterNumberAllocated#registerOf}).
 */
public record AllocateLetterNumber(
        @TargetAggregateIdentifier String registerId,
        String agencyId,
        int year,
        LetterKind kind,
        String applicationId) {}
