package org.gongkai.command.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.events.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    @Bean
    Today today(@Value("${gongkai.time-zone:Asia/Shanghai}") String zone) {
        Clock clock = org.gongkai.events.calendar.BusinessClock.in(ZoneId.of(zone));
        return () -> LocalDate.now(clock);
    }

    /** The official schedule bundled with the contract, plus any operator files in GONGKAI_CALENDAR_DIR. */
    @Bean
    StatutoryClock statutoryClock() {
        return new StatutoryClock(WorkingDayCalendar.fromEnvironment());
    }
}
