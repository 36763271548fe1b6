package org.gongkai.events.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The agency notified an information-processing fee (国办函〔2020〕109号); the applicant must pay by {@code paymentDueOn}.
 * Money is exact: yuan with at most two decimals.
 *
 * <p>Version 1.
 */
public record ProcessingFeeNoticeIssued(
        String applicationId, LocalDate issuedOn, BigDecimal amountYuan, FeeScheme scheme, LocalDate paymentDueOn)
        implements ApplicationEvent {}
