package org.gongkai.command.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumMap;
import java.util.Map;
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
import org.gongkai.events.report.NarrativeDrafted;
import org.gongkai.events.report.NarrativeSection;
import org.gongkai.events.report.ReportEvent;
import org.gongkai.events.report.ReportPublished;

/**
 * One agency's annual report of one year (key {@code report:<agencyId>:<year>}): the narrative versions staff
 * write and the published versions. It decides the rules of publication; the frozen tables come from the query
 * side in the command (ADR 0009).
 */
@Aggregate
class Report {

    /** The revised 条例 and its report formats apply from report year 2019. */
    static final int FIRST_YEAR = 2019;

    @AggregateIdentifier
    private String reportId;

    private final Map<NarrativeSection, NarrativeDrafted> narrative = new EnumMap<>(NarrativeSection.class);
    private ReportPublished latestPublication;

    Report() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(DraftNarrative command, Today today, AgencyDirectory agencies) {
        requireStream(command.reportId(), command.agencyId(), command.year());
        agencies.requireRegistered("agencyId", command.agencyId());
        requireYearNotAfter(command.year(), today);
        if (command.section() == null) {
            throw new InvalidValue("section", "缺少章节：section is required (OVERVIEW, PROBLEMS or OTHER_MATTERS)");
        }
        Require.text("text", command.text());
        NarrativeDrafted current = narrative.get(command.section());
        if (current != null && current.text().equals(command.text())) {
            return current.version(); // the same text again: a retried PUT
        }
        int version = current == null ? 1 : current.version() + 1;
        apply(new NarrativeDrafted(
                command.reportId(), command.agencyId(), command.year(), command.section(), command.text(), version));
        return version;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(PublishReport command, Today today, AgencyDirectory agencies) {
        requireStream(command.reportId(), command.agencyId(), command.year());
        agencies.requireRegistered("agencyId", command.agencyId());
        int currentYear = today.date().getYear();
        if (command.year() < FIRST_YEAR) {
            throw new ReportYearOutOfRange(command.year(), currentYear);
        }
        if (command.year() >= currentYear) {
            throw new ReportYearNotClosed(command.year(), currentYear);
        }
        Require.text("snapshot", command.snapshot());
        String reason = command.reason() == null || command.reason().isBlank()
                ? null
                : command.reason().strip();
        if (latestPublication != null) {
            if (latestPublication.snapshot().equals(command.snapshot())
                    && Objects.equals(latestPublication.reason(), reason)) {
                return latestPublication.version(); // a retried publication of the same report
            }
            if (reason == null) {
                throw new AmendmentNeedsReason(latestPublication.version());
            }
        }
        int version = latestPublication == null ? 1 : latestPublication.version() + 1;
        apply(new ReportPublished(
                command.reportId(),
                command.agencyId(),
                command.year(),
                version,
                reason,
                command.snapshot(),
                today.date()));
        return version;
    }

    /** The stream key is derived from agency and year, so a command cannot file a fact in another report. */
    private static void requireStream(String reportId, String agencyId, int year) {
        if (agencyId == null || !ReportEvent.reportId(agencyId, year).equals(reportId)) {
            throw new InvalidValue(
                    "reportId", "报告编号与机关和年度不符：reportId " + reportId + " is not report:<agencyId>:<year>");
        }
    }

    private static void requireYearNotAfter(int year, Today today) {
        int currentYear = today.date().getYear();
        if (year < FIRST_YEAR || year > currentYear) {
            throw new ReportYearOutOfRange(year, currentYear);
        }
    }

    @EventSourcingHandler
    void on(NarrativeDrafted event) {
        reportId = event.reportId();
        narrative.put(event.section(), event);
    }

    @EventSourcingHandler
    void on(ReportPublished event) {
        reportId = event.reportId();
        latestPublication = event;
    }
}
