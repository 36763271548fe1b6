package org.gongkai.events.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One pass of the statutory clock over a history. The due date in force is always working day
 * {@code 20 + extension days + consultation days} after {@code countedFrom}: adding N working days to a due date
 * equals counting N more from the start, so extensions and consultations can be applied in any order.
 */
final class ClockRun {

    private final WorkingDayCalendar calendar;
    private final LocalDate receivedOn;
    private final List<ClockStep> steps = new ArrayList<>();
    private final Map<String, LocalDate> openConsultations = new LinkedHashMap<>();
    // Working days already taken out by consultations: overlapping consultations must not take a day out twice.
    private final TreeSet<LocalDate> consultationDays = new TreeSet<>();
    private LocalDate countedFrom;
    private LocalDate supplementDueOn;
    private int extensionDays;
    private LocalDate lastFactOn;

    ClockRun(WorkingDayCalendar calendar, ClockFact.Received receipt) {
        this.calendar = calendar;
        this.receivedOn = receipt.on();
        this.countedFrom = receipt.on();
        this.lastFactOn = receipt.on();
        steps.add(new ClockStep.Receipt(receipt.on(), calendar.nextWorkingDay(receipt.on())));
    }

    void apply(ClockFact fact) {
        if (fact.on().isBefore(receivedOn)) {
            throw new IllegalArgumentException(fact + " is dated before the receipt date " + receivedOn);
        }
        lastFactOn = fact.on().isAfter(lastFactOn) ? fact.on() : lastFactOn;
        if (fact instanceof ClockFact.SupplementRequested requested) {
            stop(requested);
        } else if (fact instanceof ClockFact.SupplementReceived received) {
            restart(received);
        } else if (fact instanceof ClockFact.ExtensionGranted extension) {
            extend(extension);
        } else if (fact instanceof ClockFact.ConsultationStarted started) {
            open(started);
        } else if (fact instanceof ClockFact.ConsultationEnded ended) {
            close(ended);
        } else {
            throw new IllegalArgumentException("an application is received once: " + fact);
        }
    }

    DueDate result() {
        ClockStatus status = supplementDueOn != null
                ? ClockStatus.AWAITING_SUPPLEMENT
                : openConsultations.isEmpty() ? ClockStatus.RUNNING : ClockStatus.CONSULTATION_OPEN;
        LocalDate due = status == ClockStatus.RUNNING ? dueInForce() : null;
        List<ClockStep> all = new ArrayList<>(steps);
        all.addAll(
                due != null
                        ? CalendarSteps.crossed(calendar, countedFrom, due)
                        : CalendarSteps.unscheduledYears(calendar, countedFrom, lastFactOn));
        all.sort(Comparator.comparing(ClockStep::on)); // stable: a fact stays before calendar days of its date
        all.add(
                due != null
                        ? new ClockStep.Due(due, countedFrom, calendar.workingDaysBetween(countedFrom, due))
                        : new ClockStep.Pending(lastFactOn, status));
        List<Integer> unscheduled = all.stream()
                .filter(ClockStep.NoOfficialSchedule.class::isInstance)
                .map(step -> ((ClockStep.NoOfficialSchedule) step).year())
                .toList();
        return new DueDate(status, due, supplementDueOn, countedFrom, extensionDays, unscheduled, new Explanation(all));
    }

    // 条例 Art. 30: the agency asks once; until the supplement arrives no time runs.
    private void stop(ClockFact.SupplementRequested requested) {
        if (supplementDueOn != null) {
            throw new IllegalArgumentException("a supplement is already awaited: " + requested);
        }
        boolean defaulted = requested.deadline() == null;
        supplementDueOn = defaulted
                ? calendar.plusWorkingDays(requested.on(), StatutoryClock.DEFAULT_SUPPLEMENT_WORKING_DAYS)
                : requested.deadline();
        steps.add(new ClockStep.ClockStopped(requested.on(), supplementDueOn, defaulted));
    }

    // 条例 Art. 30: the period is counted afresh from the supplement's arrival. Consultation days of the old period
    // are dropped with it; a granted extension is a decision about the application and stays.
    private void restart(ClockFact.SupplementReceived received) {
        if (supplementDueOn == null) {
            throw new IllegalArgumentException("a supplement arrived that was never requested: " + received);
        }
        supplementDueOn = null;
        countedFrom = received.on();
        steps.add(new ClockStep.ClockRestarted(received.on(), calendar.nextWorkingDay(received.on()), extensionDays));
    }

    // 条例 Art. 33 para. 1: the extension adds to the due date in force; the 20-day cap is the caller's rule.
    private void extend(ClockFact.ExtensionGranted extension) {
        LocalDate before = dueInForce();
        extensionDays += extension.workingDays();
        steps.add(new ClockStep.ExtensionAdded(extension.on(), extension.workingDays(), before, dueInForce()));
    }

    private void open(ClockFact.ConsultationStarted started) {
        if (openConsultations.putIfAbsent(started.consultationId(), started.on()) != null) {
            throw new IllegalArgumentException("consultation " + started.consultationId() + " is already open");
        }
        steps.add(new ClockStep.ConsultationOpened(started.on(), started.consultationId()));
    }

    // 条例 Art. 33 para. 2: consultation time is not counted; convention (DOMAIN.md §7): start through end, both
    // included.
    private void close(ClockFact.ConsultationEnded ended) {
        LocalDate startedOn = openConsultations.remove(ended.consultationId());
        if (startedOn == null || ended.on().isBefore(startedOn)) {
            throw new IllegalArgumentException(
                    "consultation " + ended.consultationId() + " ends without having started: " + ended);
        }
        LocalDate before = dueInForce();
        List<LocalDate> days = startedOn
                .datesUntil(ended.on().plusDays(1))
                .filter(calendar::isWorkingDay)
                .toList();
        int added = 0;
        for (LocalDate day : days) {
            // Days while stopped or before the current count started are already outside the period.
            if (before != null && !day.isBefore(countedFrom) && consultationDays.add(day)) {
                added++;
            }
        }
        steps.add(new ClockStep.ConsultationCounted(
                ended.on(), ended.consultationId(), startedOn, days.size(), added, before, dueInForce()));
    }

    private LocalDate dueInForce() {
        if (supplementDueOn != null) {
            return null;
        }
        int consulted = consultationDays.tailSet(countedFrom, true).size();
        return calendar.plusWorkingDays(countedFrom, StatutoryClock.ANSWER_WORKING_DAYS + extensionDays + consulted);
    }
}
