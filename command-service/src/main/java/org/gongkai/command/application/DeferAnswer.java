package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 延迟答复 (条例 Art. 35): answer an excessive request by a later, reasonable date, for the reason given. */
public record DeferAnswer(
        @TargetAggregateIdentifier String applicationId, LocalDate deferredOn, LocalDate dueOn, String reason) {}
