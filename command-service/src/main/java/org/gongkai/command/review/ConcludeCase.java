package org.gongkai.command.review;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.review.ReviewResult;

/** Record how a reconsideration ({@code lawsuit} false) or a lawsuit ended. */
public record ConcludeCase(
        @TargetAggregateIdentifier String caseId, boolean lawsuit, ReviewResult result, LocalDate concludedOn) {}
