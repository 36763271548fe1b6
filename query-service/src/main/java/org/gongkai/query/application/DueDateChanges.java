package org.gongkai.query.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gongkai.events.calendar.ClockStatus;
import org.gongkai.events.calendar.DueDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open applications whose recorded due date differs from the one today's calendar gives (ADR 0026). The recorded
 * date is a fact of its time and is not rewritten: a schedule added later (a notice in the operator directory, a
 * release bundling a new year) is shown as this list, so nobody's deadline moves unnoticed.
 */
@Component
class DueDateChanges {

    /**
     * One application whose deadline the calendar moved.
     *
     * @param recordedDueOn the due date recorded with the last fact that set it (what the worklist shows)
     * @param currentDueOn  the due date the calendar loaded now gives for the same facts
     */
    record Change(
            String applicationId,
            String agencyId,
            LocalDate receivedOn,
            LocalDate recordedDueOn,
            LocalDate currentDueOn,
            List<Integer> yearsWithoutSchedule) {}

    private final ApplicationRepository applications;
    private final ClockHistories histories;

    DueDateChanges(ApplicationRepository applications, ClockHistories histories) {
        this.applications = applications;
        this.histories = histories;
    }

    @Transactional(readOnly = true)
    List<Change> of(Predicate<String> agencies) {
        List<ApplicationFacts> open = applications.findOpenWithDueDate().stream()
                .map(ApplicationEntity::facts)
                .filter(a -> agencies.test(a.agencyId()))
                .toList();
        Map<String, DueDate> current = histories.dueDates(
                open.stream().map(ApplicationFacts::applicationId).toList());
        return open.stream()
                .filter(a -> moved(a, current.get(a.applicationId())))
                .map(a -> {
                    DueDate now = current.get(a.applicationId());
                    return new Change(
                            a.applicationId(),
                            a.agencyId(),
                            a.receivedOn(),
                            a.dueOn(),
                            now.dueOn(),
                            now.yearsWithoutSchedule());
                })
                .toList();
    }

    // A stopped clock has no due date now, whatever was recorded before the stop: that is not a calendar change.
    private static boolean moved(ApplicationFacts recorded, DueDate now) {
        return now != null
                && now.status() == ClockStatus.RUNNING
                && now.dueOn() != null
                && !now.dueOn().equals(recorded.dueOn());
    }
}
