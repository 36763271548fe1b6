package org.gongkai.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

    @TempDir
    Path operatorDir;

    @Test
    void coversTheOfficialSchedules2019Through2026() {
        assertThat(calendar.coveredYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void aNoticeSpillingIntoThePreviousYearDoesNotCoverThatYear() {
        // The 2019 notice puts 2018-12-29 to 31 on the schedule, but the rest of 2018 was never loaded.
        assertThat(calendar.covers(2018)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 29))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 31))).isFalse();
    }

    @Test
    void takesNationalDay2024OffAndCountsItsMakeUpWeekends() {
        LocalDate.of(2024, 10, 1)
                .datesUntil(LocalDate.of(2024, 10, 8))
                .forEach(day -> assertThat(calendar.isWorkingDay(day))
                        .as(day.toString())
                        .isFalse());
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 29))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 13))).isFalse();
    }

    @Test
    void takesSpringFestival2025OffAndCountsItsMakeUpWeekends() {
        LocalDate.of(2025, 1, 28)
                .datesUntil(LocalDate.of(2025, 2, 5))
                .forEach(day -> assertThat(calendar.isWorkingDay(day))
                        .as(day.toString())
                        .isFalse());
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
    }

    @Test
    void appliesThe2020SpringFestivalExtensionAndCancelsTheFebruaryFirstMakeUpDay() {
        // 国办发明电〔2020〕1号 extended the break to 2 February; 1 February had been a make-up working Saturday.
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 1, 31))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
        assertThat(calendar.scheduled(LocalDate.of(2020, 2, 1)))
                .get()
                .extracting(ScheduledDay::notice)
                .isEqualTo("国办发明电〔2020〕1号");
    }

    @Test
    void appliesTheRevised2019LabourDaySchedule() {
        // 国办发明电〔2019〕3号: 1–4 May off, Sundays 28 April and 5 May worked.
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 5, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 5, 5))).isTrue();
    }

    @Test
    void countsStatutoryDaysAndWeekendsOffInAYearWithoutSchedule() {
        assertThat(calendar.covers(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse(); // a Friday, 元旦 whatever the notice
        assertThat(calendar.scheduled(LocalDate.of(2027, 1, 1)).orElseThrow().isProvisional())
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    }

    @Test
    void countsWorkingDaysLeftAsZeroOnTheDueDayAndNegativeWhenOverdue() {
        LocalDate due = LocalDate.of(2024, 10, 30);
        assertThat(calendar.workingDaysBetween(due, due)).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 10, 28), due)).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 10, 31), due)).isEqualTo(-1);
        // From Friday 11 October: the make-up Saturday 12th counts, 1–7 October are behind us.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 10, 11), due)).isEqualTo(14);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 9, 30), due)).isEqualTo(18);
    }

    @Test
    void countsWorkingDaysInAClosedRange() {
        assertThat(calendar.workingDaysIn(LocalDate.of(2025, 2, 5), LocalDate.of(2025, 2, 10)))
                .isEqualTo(5);
        assertThat(calendar.workingDaysIn(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7)))
                .isZero();
        assertThat(calendar.workingDaysIn(LocalDate.of(2024, 10, 7), LocalDate.of(2024, 10, 1)))
                .isZero();
    }

    @Test
    void letsAnOperatorAddAYearWithoutARebuild() throws IOException {
        write("2027.csv", "date,kind,festival,notice", "2027-01-01,HOLIDAY,元旦,operator test");

        WorkingDayCalendar extended = WorkingDayCalendar.withOperatorDirectory(operatorDir);

        assertThat(extended.covers(2027)).isTrue();
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(extended.coveredYears()).contains(2019, 2026, 2027);
    }

    @Test
    void letsAnOperatorFileOverrideABundledDate() throws IOException {
        write("fix.csv", "\uFEFFdate,kind,festival,notice", "# a correction", "", "2024-10-12,HOLIDAY,国庆节,correction");

        WorkingDayCalendar corrected = WorkingDayCalendar.withOperatorFiles(List.of(operatorDir.resolve("fix.csv")));

        assertThat(corrected.isWorkingDay(LocalDate.of(2024, 10, 12))).isFalse();
        assertThat(corrected.scheduled(LocalDate.of(2024, 10, 12)))
                .get()
                .extracting(ScheduledDay::notice)
                .isEqualTo("correction");
    }

    @Test
    void readsOperatorFilesInFileNameOrderSoTheLastOneWins() throws IOException {
        write("a.csv", "date,kind,festival,notice", "2027-03-01,HOLIDAY,test,a");
        write("b.csv", "date,kind,festival,notice", "2027-03-01,WORKDAY,test,b");
        write("ignored.txt", "not a schedule");

        assertThat(WorkingDayCalendar.withOperatorDirectory(operatorDir).isWorkingDay(LocalDate.of(2027, 3, 1)))
                .isTrue();
    }

    @Test
    void refusesAMalformedLineNamingTheFileAndLine() throws IOException {
        write("bad.csv", "date,kind,festival,notice", "2027-01-01,HOLIDAY,元旦,x", "2027-13-01,HOLIDAY,x,x");

        assertThatThrownBy(() -> WorkingDayCalendar.withOperatorDirectory(operatorDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.csv:3");
    }

    @Test
    void refusesAFileListingOneDateAsBothKinds() throws IOException {
        write("twice.csv", "date,kind,festival,notice", "2027-05-01,HOLIDAY,x,x", "2027-05-01,WORKDAY,x,x");

        assertThatThrownBy(() -> WorkingDayCalendar.withOperatorDirectory(operatorDir))
                .hasMessageContaining("twice.csv:3");
    }

    @Test
    void refusesAMissingOperatorDirectoryRatherThanIgnoringIt() {
        assertThatThrownBy(() -> WorkingDayCalendar.withOperatorDirectory(operatorDir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void readsTheOperatorDirectoryNamedByTheSystemProperty() throws IOException {
        write("2027.csv", "date,kind,festival,notice", "2027-01-01,HOLIDAY,元旦,x");
        String previous = System.getProperty(WorkingDayCalendar.DIRECTORY_PROPERTY);
        System.setProperty(WorkingDayCalendar.DIRECTORY_PROPERTY, operatorDir.toString());
        try {
            assertThat(WorkingDayCalendar.fromEnvironment().covers(2027)).isTrue();
        } finally {
            if (previous == null) {
                System.clearProperty(WorkingDayCalendar.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(WorkingDayCalendar.DIRECTORY_PROPERTY, previous);
            }
        }
    }

    private void write(String name, String... lines) throws IOException {
        Files.write(operatorDir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }
}
