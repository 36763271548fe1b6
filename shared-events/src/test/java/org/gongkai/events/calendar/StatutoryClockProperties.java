package org.gongkai.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gongkai.events.property.Seeded;
import org.junit.jupiter.api.Test;

/**
 * Random valid histories from 2019 (official schedules) into 2027 (weekday fallback), {@value #TRIES} per property;
 * a failure prints the seed that replays it ({@code -Dproperty.seed=}).
 */
class StatutoryClockProperties {

    static final int TRIES = 1000;

    private static final LocalDate FIRST_RECEIPT = LocalDate.of(2019, 1, 1);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    private static final StatutoryClock CLOCK = new StatutoryClock(CALENDAR);

    @Test
    void theDueDateIsNeverANonWorkingDay() {
        Seeded.forAll(
                TRIES,
                StatutoryClockProperties::history,
                history -> assertThat(
                                CALENDAR.isWorkingDay(CLOCK.dueDate(history).dueOn()))
                        .isTrue());
    }

    @Test
    void theDueDateIsAlwaysAfterTheReceiptDate() {
        Seeded.forAll(TRIES, StatutoryClockProperties::history, history -> {
            DueDate due = CLOCK.dueDate(history);

            assertThat(due.dueOn()).isAfter(history.get(0).on()).isAfter(due.countedFrom());
        });
    }

    @Test
    void anExtensionNeverMakesTheDueDateEarlier() {
        Seeded.forAll(
                TRIES, random -> new Extended(history(random), random.nextInt(0, 31), random.nextInt(1, 21)), input -> {
                    LocalDate before = CLOCK.dueDate(input.history()).dueOn();
                    List<ClockFact> extended = new ArrayList<>(input.history());
                    extended.add(new ClockFact.ExtensionGranted(
                            lastDate(input.history()).plusDays(input.gap()), input.workingDays()));

                    assertThat(CLOCK.dueDate(extended).dueOn()).isAfterOrEqualTo(before);
                });
    }

    @Test
    void aConsultationNeverMakesTheDueDateEarlier() {
        Seeded.forAll(
                TRIES, random -> new Paused(history(random), random.nextInt(0, 31), random.nextInt(0, 31)), input -> {
                    LocalDate before = CLOCK.dueDate(input.history()).dueOn();
                    LocalDate start = lastDate(input.history()).plusDays(input.gap());
                    List<ClockFact> paused = new ArrayList<>(input.history());
                    paused.add(new ClockFact.ConsultationStarted("extra", start));
                    paused.add(new ClockFact.ConsultationEnded("extra", start.plusDays(input.length())));

                    assertThat(CLOCK.dueDate(paused).dueOn()).isAfterOrEqualTo(before);
                });
    }

    @Test
    void theExplanationEndsWithTheDueDateItExplains() {
        Seeded.forAll(TRIES, StatutoryClockProperties::history, history -> {
            DueDate due = CLOCK.dueDate(history);
            List<ClockStep> steps = due.explanation().steps();

            assertThat(steps.get(steps.size() - 1))
                    .isEqualTo(new ClockStep.Due(
                            due.dueOn(),
                            due.countedFrom(),
                            CALENDAR.workingDaysBetween(due.countedFrom(), due.dueOn())));
            // The facts are told in date order; the due date closes the account even when it lies before the last
            // fact (a consultation started after an already passed due date, say).
            assertThat(steps.subList(0, steps.size() - 1)).map(ClockStep::on).isSorted();
        });
    }

    @Test
    void countingNWorkingDaysForwardAndBackAgreeWithEachOther() {
        Seeded.forAll(TRIES, random -> new Count(date(random), random.nextInt(0, 61)), input -> {
            LocalDate to = CALENDAR.plusWorkingDays(input.from(), input.n());

            assertThat(CALENDAR.workingDaysBetween(input.from(), to)).isEqualTo(input.n());
            assertThat(CALENDAR.workingDaysBetween(to, input.from())).isEqualTo(-input.n());
        });
    }

    private record Extended(List<ClockFact> history, int gap, int workingDays) {}

    private record Paused(List<ClockFact> history, int gap, int length) {}

    private record Count(LocalDate from, int n) {}

    private static LocalDate date(SplittableRandom random) {
        return FIRST_RECEIPT.plusDays(random.nextInt(0, 9 * 366 + 1));
    }

    private static List<ClockFact> history(SplittableRandom random) {
        LocalDate receivedOn = date(random);
        List<Action> actions = new ArrayList<>();
        int size = random.nextInt(0, 6);
        for (int i = 0; i < size; i++) {
            actions.add(new Action(
                    Kind.values()[random.nextInt(Kind.values().length)], random.nextInt(0, 11), random.nextInt(0, 21)));
        }
        return history(receivedOn, actions);
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
