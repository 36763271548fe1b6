package org.gongkai.command.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    @Bean
    Today today(@Value("${gongkai.time-zone:Asia/Shanghai}") String zone) {
        Clock clock = Clock.system(ZoneId.of(zone));
        return () -> LocalDate.now(clock);
    }

    @Bean
    WorkingDays workingDays() {
        return new WeekdaysOnly();
    }
}
