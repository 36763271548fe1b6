package org.gongkai.query;

import java.time.Clock;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.events.calendar.WorkingDayCalendar;
import org.gongkai.web.SharedWeb;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The read side: consumes the event topic into PostgreSQL read models and answers the statistics API.
 * Its configuration file is {@code query-service.properties} (not {@code application.properties}) because the
 * standalone launcher runs both services from one classpath.
 */
@Import(SharedWeb.class)
@SpringBootApplication
public class QueryServiceApplication {

    public static final String CONFIG_NAME = "query-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its configuration name set; the standalone launcher adds its own properties. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    /** The official working-day calendar, plus any operator files in GONGKAI_CALENDAR_DIR. */
    @Bean
    StatutoryClock statutoryClock() {
        return new StatutoryClock(WorkingDayCalendar.fromEnvironment());
    }

    @Bean
    Clock clock() {
        return org.gongkai.events.calendar.BusinessClock.china();
    }
}
