package org.gongkai.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Random valid histories from 2019 (official schedules) into 2027 (weekday fallback). */
class StatutoryClockProperties {

    private static final LocalDate FIRST_RECEIPT = LocalDate.of(2019, 1, 1);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    private static final StatutoryClock CLOCK = new StatutoryClock(CALENDAR);

    @Property
    void theDueDateIsNeverANonWorkingDay(@ForAll("histories") List<ClockFact> history) {
        assertThat(CALENDAR.isWorkingDay(CLOCK.dueDate(history).dueOn())).isTrue();
    }

    @Property
    void theDueDateIsAlwaysAfterTheReceiptDate(@ForAll("histories") List<ClockFact> history) {
        DueDate due = CLOCK.dueDate(history);

        assertThat(due.dueOn()).isAfter(history.get(0).on()).isAfter(due.countedFrom());
    }

    @Property
    void anExtensionNeverMakesTheDueDateEarlier(
            @ForAll("histories") List<ClockFact> history,
            @ForAll @IntRange(min = 0, max = 30) int gap,
            @ForAll @IntRange(min = 1, max = 20) int workingDays) {
        LocalDate before = CLOCK.dueDate(history).dueOn();
        List<ClockFact> extended = new ArrayList<>(history);
        extended.add(new ClockFact.ExtensionGranted(lastDate(history).plusDays(gap), workingDays));

        assertThat(CLOCK.dueDate(extended).dueOn()).isAfterOrEqualTo(before);
    }

    @Property
    void aConsultationNeverMakesTheDueDateEarlier(
            @ForAll("histories") List<ClockFact> history,
            @ForAll @IntRange(min = 0, max = 30) int gap,
            @ForAll @IntRange(min = 0, max = 30) int length) {
        LocalDate before = CLOCK.dueDate(history).dueOn();
        LocalDate start = lastDate(history).plusDays(gap);
        List<ClockFact> paused = new ArrayList<>(history);
        paused.add(new ClockFact.ConsultationStarted("extra", start));
        paused.add(new ClockFact.ConsultationEnded("extra", start.plusDays(length)));

        assertThat(CLOCK.dueDate(paused).dueOn()).isAfterOrEqualTo(before);
    }

    @Property
    void theExplanationEndsWithTheDueDateItExplains(@ForAll("histories") List<ClockFact> history) {
        DueDate due = CLOCK.dueDate(history);
        List<ClockStep> steps = due.explanation().steps();

        assertThat(steps.get(steps.size() - 1))
                .isEqualTo(new ClockStep.Due(
                        due.dueOn(), due.countedFrom(), CALENDAR.workingDaysBetween(due.countedFrom(), due.dueOn())));
        // The facts are told in date order; the due date closes the account even when it lies before the last
        // fact (a consultation started after an already passed due date, say).
        assertThat(steps.subList(0, steps.size() - 1)).map(ClockStep::on).isSorted();
    }

    @Property
    void countingNWorkingDaysForwardAndBackAgreeWithEachOther(
            @ForAll("dates") LocalDate from, @ForAll @IntRange(min = 0, max = 60) int n) {
        LocalDate to = CALENDAR.plusWorkingDays(from, n);

        assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(n);
        assertThat(CALENDAR.workingDaysBetween(to, from)).isEqualTo(-n);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 9 * 366).map(FIRST_RECEIPT::plusDays);
    }

    @Provide
    Arbitrary<List<ClockFact>> histories() {
        Arbitrary<Action> actions = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.integers().between(0, 20))
                .as(Action::new);
        return Combinators.combine(dates(), actions.list().ofMaxSize(5)).as(StatutoryClockProperties::history);
    }

    private enum Kind {
        EXTENSION,
        CONSULTATION,
        SUPPLEMENT
    }

    private record Action(Kind kind, int gap, int length) {}

    // Builds a history the aggregate would accept: dates never go back, every pause is closed again.
    private static List<ClockFact> history(LocalDate receivedOn, List<Action> actions) {
        List<ClockFact> facts = new ArrayList<>(List.of(new ClockFact.Received(receivedOn)));
        LocalDate date = receivedOn;
        for (Action action : actions) {
            date = date.plusDays(action.gap());
            switch (action.kind()) {
                case EXTENSION -> facts.add(new ClockFact.ExtensionGranted(date, action.length() + 1));
                case CONSULTATION -> {
                    String id = "c" + facts.size();
                    facts.add(new ClockFact.ConsultationStarted(id, date));
                    date = date.plusDays(action.length());
                    facts.add(new ClockFact.ConsultationEnded(id, date));
                }
                case SUPPLEMENT -> {
                    facts.add(new ClockFact.SupplementRequested(date));
                    date = date.plusDays(action.length() + 1);
                    facts.add(new ClockFact.SupplementReceived(date));
                }
            }
        }
        return facts;
    }

    private static LocalDate lastDate(List<ClockFact> history) {
        return history.get(history.size() - 1).on();
    }
}
