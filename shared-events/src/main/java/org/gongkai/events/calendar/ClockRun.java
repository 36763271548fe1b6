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
 * equals counting N more from the start, so extensions and pauses can be applied in any order. A 延迟答复 (条例
 * Art. 35) replaces that count with the agency's date; pauses ending after it still add to it.
 */
final class ClockRun {

    private final WorkingDayCalendar calendar;
    private final LocalDate receivedOn;
    private final List<ClockStep> steps = new ArrayList<>();
    private final Map<String, LocalDate> openConsultations = new LinkedHashMap<>();
    // Working days already taken out by consultations and fee waits: overlapping pauses never take a day out twice.
    private final TreeSet<LocalDate> consultationDays = new TreeSet<>();
    private LocalDate countedFrom;
    private LocalDate supplementDueOn;
    private int extensionDays;
    private LocalDate lastFactOn;
    private LocalDate feeNotifiedOn;
    // 条例 Art. 35: once deferred, the agency's date replaces the statutory count; later pauses still move it.
    private LocalDate deferredTo;
    private int pausedAtDeferral;

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
        } else if (fact instanceof ClockFact.FeeNotified notified) {
            awaitPayment(notified);
        } else if (fact instanceof ClockFact.FeePaid paid) {
            paid(paid);
        } else if (fact instanceof ClockFact.AnswerDeferred deferred) {
            defer(deferred);
        } else {
            throw new IllegalArgumentException("an application is received once: " + fact);
        }
    }

    DueDate result() {
        ClockStatus status = supplementDueOn != null
                ? ClockStatus.AWAITING_SUPPLEMENT
                : !openConsultations.isEmpty()
                        ? ClockStatus.CONSULTATION_OPEN
                        : feeNotifiedOn != null ? ClockStatus.AWAITING_PAYMENT : ClockStatus.RUNNING;
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
        // 条例 Art. 30: asked after the 7th working day the request still stops the clock, but breaks the rule.
        LocalDate lastDay = calendar.plusWorkingDays(receivedOn, StatutoryClock.SUPPLEMENT_REQUEST_WORKING_DAYS);
        if (requested.on().isAfter(lastDay)) {
            steps.add(new ClockStep.SupplementRequestLate(requested.on(), receivedOn, lastDay));
        }
    }

    // 条例 Art. 30: the period is counted afresh from the supplement's arrival. Consultation days of the old period
    // are dropped with it; a granted extension is a decision about the application and stays.
    private void restart(ClockFact.SupplementReceived received) {
        if (supplementDueOn == null) {
            throw new IllegalArgumentException("a supplement arrived that was never requested: " + received);
        }
        supplementDueOn = null;
        deferredTo = null; // the period counts afresh; a deferral was about the old one
        countedFrom = received.on();
        steps.add(new ClockStep.ClockRestarted(received.on(), calendar.nextWorkingDay(received.on()), extensionDays));
    }

    // 条例 Art. 33 para. 1: the extension adds to the due date in force; the 20-day cap is the caller's rule.
    private void extend(ClockFact.ExtensionGranted extension) {
        if (deferredTo != null) {
            throw new IllegalArgumentException("an answer deferred under Art. 35 is not extended: " + extension);
        }
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
        List<LocalDate> days = workingDays(startedOn, ended.on());
        int added = takeOut(days, before);
        steps.add(new ClockStep.ConsultationCounted(
                ended.on(), ended.consultationId(), startedOn, days.size(), added, before, dueInForce()));
    }

    // 国办函〔2020〕109号 (ADR 0030): the time from the notice through the payment is not counted. A second notice
    // while one is unpaid keeps the earlier start.
    private void awaitPayment(ClockFact.FeeNotified notified) {
        if (feeNotifiedOn == null) {
            feeNotifiedOn = notified.on();
        }
        steps.add(new ClockStep.PaymentAwaited(notified.on()));
    }

    private void paid(ClockFact.FeePaid paid) {
        if (feeNotifiedOn == null || paid.on().isBefore(feeNotifiedOn)) {
            throw new IllegalArgumentException("a fee was paid that was not notified: " + paid);
        }
        LocalDate before = dueInForce();
        List<LocalDate> days = workingDays(feeNotifiedOn, paid.on());
        int added = takeOut(days, before);
        steps.add(new ClockStep.PaymentCounted(paid.on(), feeNotifiedOn, days.size(), added, before, dueInForce()));
        feeNotifiedOn = null;
    }

    private void defer(ClockFact.AnswerDeferred deferred) {
        LocalDate before = dueInForce();
        if (before == null || !deferred.dueOn().isAfter(before)) {
            throw new IllegalArgumentException("a deferral sets a later date while the clock runs: " + deferred);
        }
        deferredTo = deferred.dueOn();
        pausedAtDeferral = pausedDays();
        steps.add(new ClockStep.AnswerDeferred(deferred.on(), before, deferred.dueOn()));
    }

    private List<LocalDate> workingDays(LocalDate from, LocalDate toInclusive) {
        return from.datesUntil(toInclusive.plusDays(1))
                .filter(calendar::isWorkingDay)
                .toList();
    }

    /** Takes paused days out of the period; returns how many were not out already. */
    private int takeOut(List<LocalDate> days, LocalDate dueBefore) {
        int added = 0;
        for (LocalDate day : days) {
            // Days while stopped, before the current count started or paused twice are already outside the period.
            if (dueBefore != null && !day.isBefore(countedFrom) && consultationDays.add(day)) {
                added++;
            }
        }
        return added;
    }

    private int pausedDays() {
        return consultationDays.tailSet(countedFrom, true).size();
    }

    private LocalDate dueInForce() {
        if (supplementDueOn != null) {
            return null;
        }
        if (deferredTo != null) {
            int later = pausedDays() - pausedAtDeferral;
            return later == 0 ? deferredTo : calendar.plusWorkingDays(deferredTo, later);
        }
        return calendar.plusWorkingDays(countedFrom, StatutoryClock.ANSWER_WORKING_DAYS + extensionDays + pausedDays());
    }
}
