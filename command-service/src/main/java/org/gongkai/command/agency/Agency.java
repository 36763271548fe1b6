package org.gongkai.command.agency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gongkai.command.clock.Today;
import org.gongkai.command.rejection.IdAlreadyUsed;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.command.rejection.Require;
import org.gongkai.events.agency.AgencyClosed;
import org.gongkai.events.agency.AgencyMoved;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.agency.AgencyRenamed;
import org.gongkai.events.agency.LetterSettingsSet;
import org.gongkai.events.agency.QuarterlyDeadlineSet;
import org.gongkai.events.proactive.AdministrativeFeesRecorded;
import org.gongkai.events.proactive.DecisionTallyRecorded;

/**
 * A reporting unit: its name, its place in the tree (reports of a parent sum its subtree) and the period tallies
 * it records for table 二.
 */
@Aggregate
class Agency {

    @AggregateIdentifier
    private String agencyId;

    private AgencyRegistered registration;
    private String parentAgencyId;
    private boolean closed;
    private Integer quarterlyDeadlineDay;
    private LetterSettingsSet letterSettings;
    private final Map<String, Object> periodRecords = new HashMap<>();

    Agency() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(RegisterAgency command, AgencyDirectory agencies) {
        if (registration != null) {
            if (registration.name().equals(command.name())
                    && registration.level() == command.level()
                    && Objects.equals(registration.parentAgencyId(), command.parentAgencyId())) {
                return agencyId; // a retry
            }
            throw new IdAlreadyUsed("agencyId", command.agencyId());
        }
        Require.text("name", command.name());
        if (command.parentAgencyId() != null) {
            agencies.requireRegistered("parentAgencyId", command.parentAgencyId());
        }
        agencies.requireNameFree("name", command.parentAgencyId(), command.name(), command.agencyId());
        apply(new AgencyRegistered(
                command.agencyId(), command.name().strip(), command.parentAgencyId(), command.level()));
        return command.agencyId();
    }

    @CommandHandler
    void handle(RenameAgency command, Today today, AgencyDirectory agencies) {
        requireOpen();
        Require.text("name", command.name());
        today.requireNotInFuture("effectiveOn", command.effectiveOn());
        agencies.requireNameFree("name", parentAgencyId, command.name(), agencyId);
        apply(new AgencyRenamed(agencyId, command.name().strip(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(MoveAgency command, Today today, AgencyDirectory agencies) {
        requireOpen();
        Require.text("parentAgencyId", command.parentAgencyId());
        agencies.requireRegistered("parentAgencyId", command.parentAgencyId());
        today.requireNotInFuture("effectiveOn", command.effectiveOn());
        for (String ancestor = command.parentAgencyId();
                ancestor != null;
                ancestor = agencies.parentOf(ancestor).orElse(null)) {
            if (ancestor.equals(agencyId)) {
                throw new AgencyCannotBeItsOwnAncestor(agencyId, command.parentAgencyId());
            }
        }
        agencies.requireNameFree(
                "parentAgencyId",
                command.parentAgencyId(),
                agencies.nameOf(agencyId).orElse(null),
                agencyId);
        apply(new AgencyMoved(agencyId, command.parentAgencyId(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(CloseAgency command, Today today) {
        requireOpen();
        today.requireNotInFuture("closedOn", command.closedOn());
        apply(new AgencyClosed(agencyId, command.closedOn()));
    }

    /**
     * Days 1–28 only: the day must exist in every month after a quarter (January, April, July, October all have
     * 31 days, but a rule that reads "the Nth" should not depend on that).
     */
    @CommandHandler
    void handle(SetQuarterlyDeadline command) {
        requireOpen();
        if (command.dayOfMonth() == null || command.dayOfMonth() < 1 || command.dayOfMonth() > 28) {
            throw new InvalidValue(
                    "dayOfMonth", "季度统计报送日须为次月1日至28日：dayOfMonth must be 1–28, was " + command.dayOfMonth());
        }
        if (command.dayOfMonth().equals(quarterlyDeadlineDay)) {
            return; // already so: a retry
        }
        apply(new QuarterlyDeadlineSet(agencyId, command.dayOfMonth()));
    }

    /**
     * The letterhead name is required (a letter must say who sends it); the other parts may stay empty and print as
     * a blank the clerk fills in by hand. Sending the same set again is a retry.
     */
    @CommandHandler
    void handle(SetLetterSettings command) {
        requireOpen();
        Require.text("letterheadName", command.letterheadName());
        LetterSettingsSet settings = new LetterSettingsSet(
                agencyId,
                command.letterheadName().strip(),
                stripped(command.documentNumberPrefix()),
                stripped(command.officeAddress()),
                stripped(command.officeHours()),
                stripped(command.reconsiderationBody()),
                stripped(command.court()));
        if (!settings.equals(letterSettings)) {
            apply(settings);
        }
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @CommandHandler
    String handle(RecordDecisionTally command, Today today) {
        DecisionTallyRecorded tally = new DecisionTallyRecorded(
                command.tallyId(),
                agencyId,
                command.category(),
                command.periodStart(),
                command.periodEnd(),
                command.count());
        if (isRetry(command.tallyId(), tally)) {
            return command.tallyId();
        }
        requireOpen();
        requirePeriod(command.periodStart(), command.periodEnd(), today);
        Require.notNegative("count", command.count());
        apply(tally);
        return command.tallyId();
    }

    @CommandHandler
    String handle(RecordAdministrativeFees command, Today today) {
        AdministrativeFeesRecorded fees = new AdministrativeFeesRecorded(
                command.feeRecordId(), agencyId, command.periodStart(), command.periodEnd(), command.amountYuan());
        if (isRetry(command.feeRecordId(), fees)) {
            return command.feeRecordId();
        }
        requireOpen();
        requirePeriod(command.periodStart(), command.periodEnd(), today);
        Require.yuan("amountYuan", command.amountYuan());
        apply(fees);
        return command.feeRecordId();
    }

    private boolean isRetry(String recordId, Object record) {
        Object known = periodRecords.get(recordId);
        if (known == null) {
            return false;
        }
        if (known.equals(record)) {
            return true;
        }
        throw new IdAlreadyUsed("id", recordId);
    }

    private static void requirePeriod(LocalDate start, LocalDate end, Today today) {
        today.requireNotInFuture("periodStart", start);
        PeriodNotInsideOneQuarter.check(start, end);
    }

    private void requireOpen() {
        if (closed) {
            throw new AgencyClosedAlready(agencyId);
        }
    }

    @EventSourcingHandler
    void on(AgencyRegistered event) {
        agencyId = event.agencyId();
        registration = event;
        parentAgencyId = event.parentAgencyId();
    }

    @EventSourcingHandler
    void on(AgencyMoved event) {
        parentAgencyId = event.parentAgencyId();
    }

    @EventSourcingHandler
    void on(AgencyClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(QuarterlyDeadlineSet event) {
        quarterlyDeadlineDay = event.dayOfMonth();
    }

    @EventSourcingHandler
    void on(LetterSettingsSet event) {
        letterSettings = event;
    }

    @EventSourcingHandler
    void on(DecisionTallyRecorded event) {
        periodRecords.put(event.tallyId(), event);
    }

    @EventSourcingHandler
    void on(AdministrativeFeesRecorded event) {
        periodRecords.put(event.feeRecordId(), event);
    }
}
