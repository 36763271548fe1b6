package org.gongkai.query.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Predicate;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.security.ReadScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar as loaded, and the deadlines it moved since they were recorded (ADR 0022, ADR 0026). */
@RestController
class CalendarController {

    /**
     * @param coveredYears years with an announced schedule; any other year counts provisional statutory holidays
     * @param changes      open applications (readable by the caller) whose due date the calendar moved
     */
    record CalendarChanges(SortedSet<Integer> coveredYears, List<DueDateChanges.Change> changes) {}

    private final DueDateChanges dueDateChanges;
    private final StatutoryClock statutoryClock;
    private final ReadScope readScope;
    private final AgencyTree tree;
    private final Clock clock;

    CalendarController(
            DueDateChanges dueDateChanges,
            StatutoryClock statutoryClock,
            ReadScope readScope,
            AgencyTree tree,
            Clock clock) {
        this.dueDateChanges = dueDateChanges;
        this.statutoryClock = statutoryClock;
        this.readScope = readScope;
        this.tree = tree;
        this.clock = clock;
    }

    /** Every readable open application whose due date moved; {@code agency} (and {@code scope}) narrow the list. */
    @GetMapping("/api/calendar/changes")
    public CalendarChanges changes(
            @RequestParam(required = false) String agency, @RequestParam(required = false) String scope) {
        Predicate<String> readable = readScope.readable();
        if (agency != null && !agency.isBlank()) {
            Set<String> covered =
                    new HashSet<>(tree.covered(agency, AgencyTree.Scope.parse(scope), LocalDate.now(clock)));
            readable = readable.and(covered::contains);
        }
        return new CalendarChanges(statutoryClock.calendar().coveredYears(), dueDateChanges.of(readable));
    }
}
