package org.gongkai.command.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.command.rejection.Require;
import org.gongkai.events.report.QuarterlyStatisticsSubmitted;
import org.gongkai.events.report.ReportEvent;

/**
 * One agency's quarterly statistics (季度统计报表) of one quarter, keyed {@code statistics:<agencyId>:<year>:Q<n>}:
 * its submitted versions. The frozen tables come from the query side in the command, as for annual reports
 * (ADR 0009); this stream decides the rules: only after the quarter ended, a correction says why, a retry is
 * answered with the same version.
 */
@Aggregate
class QuarterlyStatistics {

    @AggregateIdentifier
    private String statisticsId;

    private QuarterlyStatisticsSubmitted latest;

    QuarterlyStatistics() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(SubmitQuarterlyStatistics command, Today today, AgencyDirectory agencies) {
        if (command.quarter() < 1 || command.quarter() > 4) {
            throw new InvalidValue("quarter", "季度须为1至4：quarter must be 1, 2, 3 or 4, was " + command.quarter());
        }
        if (command.agencyId() == null
                || !ReportEvent.statisticsId(command.agencyId(), command.year(), command.quarter())
                        .equals(command.statisticsId())) {
            throw new InvalidValue(
                    "statisticsId",
                    "报表编号与机关和季度不符：" + command.statisticsId() + " is not statistics:<agencyId>:<year>:Q<quarter>");
        }
        agencies.requireRegistered("agencyId", command.agencyId());
        int currentYear = today.date().getYear();
        if (command.year() < Report.FIRST_YEAR || command.year() > currentYear) {
            throw new ReportYearOutOfRange(command.year(), currentYear);
        }
        LocalDate lastDay = LocalDate.of(command.year(), command.quarter() * 3, 1)
                .plusMonths(1)
                .minusDays(1);
        if (!today.date().isAfter(lastDay)) {
            throw new QuarterNotEnded(command.year(), command.quarter(), lastDay);
        }
        Require.text("snapshot", command.snapshot());
        String reason = command.reason() == null || command.reason().isBlank()
                ? null
                : command.reason().strip();
        if (latest != null) {
            if (latest.snapshot().equals(command.snapshot()) && Objects.equals(latest.reason(), reason)) {
                return latest.version(); // a retried submission of the same statistics
            }
            if (reason == null) {
                throw new CorrectionNeedsReason(latest.version());
            }
        }
        int version = latest == null ? 1 : latest.version() + 1;
        apply(new QuarterlyStatisticsSubmitted(
                command.statisticsId(),
                command.agencyId(),
                command.year(),
                command.quarter(),
                version,
                reason,
                command.snapshot(),
                today.date()));
        return version;
    }

    @EventSourcingHandler
    void on(QuarterlyStatisticsSubmitted event) {
        statisticsId = event.reportId();
        latest = event;
    }
}
