package org.gongkai.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class BusinessClockTest {

    @Test
    void noStartMeansTheRealTimeInChina() {
        assertThat(BusinessClock.shift(null)).isZero();
        assertThat(BusinessClock.shift(" ")).isZero();
    }

    @Test
    void aStartShiftsTheClockToThatMomentAndLetsItRunOn() {
        Instant start = OffsetDateTime.parse("2026-12-31T23:30:00+08:00").toInstant();
        Duration shift = BusinessClock.shift("2026-12-31T23:30:00+08:00");

        Instant shiftedNow = Instant.now().plus(shift);

        assertThat(Duration.between(start, shiftedNow)).isBetween(Duration.ZERO, Duration.ofMinutes(1));
    }

    @Test
    void aStartWithoutOffsetIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> BusinessClock.shift("2026-12-31T23:30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GONGKAI_CLOCK_START");
    }
}
