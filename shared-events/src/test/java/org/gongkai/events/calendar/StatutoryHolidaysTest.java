package org.gongkai.events.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatutoryHolidaysTest {

    private final WorkingDayCalendar official = WorkingDayCalendar.official();

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void everyComputedStatutoryDayIsAHolidayInThatYearsOfficialSchedule(int year) {
        List<ScheduledDay> statutory = StatutoryHolidays.of(year);

        assertThat(statutory).hasSize(year >= 2025 ? 13 : 11);
        assertThat(statutory)
                .allSatisfy(day -> assertThat(official.scheduled(day.date()))
                        .as(day.date() + " " + day.festival())
                        .hasValueSatisfying(announced -> {
                            assertThat(announced.kind()).isEqualTo(DayKind.HOLIDAY);
                            assertThat(announced.isProvisional()).isFalse();
                        }));
    }

    @Test
    void appliesThe2025RevisionFrom2025Only() {
        // 2024 (2013 rules): 春节 from 正月初一 (10 February), 1 May only.
        assertThat(dates(2024, "春节")).containsExactly(of(2024, 2, 10), of(2024, 2, 11), of(2024, 2, 12));
        assertThat(dates(2024, "劳动节")).containsExactly(of(2024, 5, 1));
        // 2025 (国务院令第795号): 除夕 28 January joins, and 2 May.
        assertThat(dates(2025, "春节"))
                .containsExactly(of(2025, 1, 28), of(2025, 1, 29), of(2025, 1, 30), of(2025, 1, 31));
        assertThat(dates(2025, "劳动节")).containsExactly(of(2025, 5, 1), of(2025, 5, 2));
    }

    @Test
    void pinsTheProvisionalDaysOf2027() {
        assertThat(official.provisionalDays(2027))
                .extracting(ScheduledDay::date)
                .containsExactly(
                        of(2027, 1, 1), // 元旦
                        of(2027, 2, 5), // 除夕
                        of(2027, 2, 6), // 正月初一
                        of(2027, 2, 7),
                        of(2027, 2, 8),
                        of(2027, 4, 5), // 清明
                        of(2027, 5, 1),
                        of(2027, 5, 2),
                        of(2027, 6, 9), // 端午 五月初五
                        of(2027, 9, 15), // 中秋 八月十五
                        of(2027, 10, 1),
                        of(2027, 10, 2),
                        of(2027, 10, 3));
        assertThat(official.provisionalDays(2027)).allMatch(ScheduledDay::isProvisional);
        assertThat(official.provisionalDays(2026)).as("2026 has its notice").isEmpty();
    }

    @Test
    void icuAloneStillNeedsEachMonthStartCorrection() {
        // When ICU4J's astronomy gets these near-midnight new moons right, the correction must go.
        assertThat(StatutoryHolidays.icuLunar(2027, 1, 1)).isEqualTo(of(2027, 2, 7));
        assertThat(StatutoryHolidays.lunar(2027, 1, 1)).isEqualTo(of(2027, 2, 6));
        assertThat(StatutoryHolidays.icuLunar(2030, 1, 1)).isEqualTo(of(2030, 2, 2));
        assertThat(StatutoryHolidays.lunar(2030, 1, 1)).isEqualTo(of(2030, 2, 3));
        assertThat(StatutoryHolidays.MONTH_START_CORRECTIONS).containsOnlyKeys("2027-1", "2030-1");
    }

    @Test
    void findsTheSpringFestivalOfTheYearsAhead() {
        // 正月初一 as published for 2028–2035 (checked against ICU4J and the observatory's tables).
        Map<Integer, LocalDate> newYear = Map.of(
                2028, of(2028, 1, 26),
                2029, of(2029, 2, 13),
                2030, of(2030, 2, 3),
                2031, of(2031, 1, 23),
                2032, of(2032, 2, 11),
                2033, of(2033, 1, 31),
                2034, of(2034, 2, 19),
                2035, of(2035, 2, 8));
        newYear.forEach((year, day) ->
                assertThat(StatutoryHolidays.lunar(year, 1, 1)).as("%d", year).isEqualTo(day));
    }

    @Test
    void knowsNoRulesBefore2014() {
        assertThat(StatutoryHolidays.of(2013)).isEmpty();
        assertThat(IntStream.rangeClosed(2014, 2060)
                        .map(y -> StatutoryHolidays.of(y).size()))
                .allMatch(n -> n >= 11);
    }

    private static List<LocalDate> dates(int year, String festival) {
        return StatutoryHolidays.of(year).stream()
                .filter(day -> day.festival().equals(festival))
                .map(ScheduledDay::date)
                .toList();
    }
}
