package org.gongkai.events.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The clock that says which business day it is: China Standard Time, whatever the machine's zone. For proving that
 * nothing depends on the real date (the last half hour of a year, a quarter's last day), it can be started at another
 * moment and runs on from there: the system property {@code gongkai.clock.start} or the environment variable
 * {@code GONGKAI_CLOCK_START}, an ISO date-time with offset such as {@code 2026-12-31T23:30:00+08:00}. The offset is
 * taken once per JVM, so every part of one process agrees on the date. Recording times stay real instants.
 */
public final class BusinessClock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Duration SHIFT = shift(configuredStart());

    private BusinessClock() {}

    /** Business time in China, shifted when a start is configured. */
    public static Clock china() {
        return in(CHINA);
    }

    /** Business time in {@code zone}, shifted when a start is configured. */
    public static Clock in(ZoneId zone) {
        Clock system = Clock.system(zone);
        return SHIFT.isZero() ? system : Clock.offset(system, SHIFT);
    }

    static String configuredStart() {
        String property = System.getProperty("gongkai.clock.start");
        return property != null && !property.isBlank() ? property : System.getenv("GONGKAI_CLOCK_START");
    }

    static Duration shift(String start) {
        if (start == null || start.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.between(
                    Instant.now(), OffsetDateTime.parse(start.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "gongkai.clock.start / GONGKAI_CLOCK_START must be an ISO date-time with offset, such as"
                            + " 2026-12-31T23:30:00+08:00: " + e.getMessage(),
                    e);
        }
    }
}
