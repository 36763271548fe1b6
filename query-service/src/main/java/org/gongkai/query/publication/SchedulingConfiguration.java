package org.gongkai.query.publication;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the year-end job on its schedule; {@code gongkai.report.year-end.enabled=false} turns it off. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "gongkai.report.year-end.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
