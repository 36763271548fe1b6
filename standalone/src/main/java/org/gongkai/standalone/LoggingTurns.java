package org.gongkai.standalone;

import java.util.concurrent.Semaphore;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Spring Boot configures the JVM's one Logback context for every application it starts. The launcher starts the
 * two services at the same time, and two configurations at once trip over each other (a context fails with
 * "Logback configuration error … [%clr] … [wEx]"). These listeners, around Spring Boot's logging listener, let
 * one service at a time through that step; the rest of the two starts still runs in parallel.
 */
final class LoggingTurns {

    private static final Semaphore TURN = new Semaphore(1);
    private static final ThreadLocal<Boolean> HOLDING = ThreadLocal.withInitial(() -> false);

    private LoggingTurns() {}

    static ApplicationListener<?>[] listeners() {
        return new ApplicationListener<?>[] {new Take(), new Give()};
    }

    /** Runs just before Spring Boot configures logging. */
    private static final class Take implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            TURN.acquireUninterruptibly();
            HOLDING.set(true);
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER - 1;
        }
    }

    /** Runs just after it, or when the start failed on the way, so the other service is never left waiting. */
    private static final class Give implements ApplicationListener<SpringApplicationEvent>, Ordered {

        @Override
        public void onApplicationEvent(SpringApplicationEvent event) {
            if ((event instanceof ApplicationEnvironmentPreparedEvent || event instanceof ApplicationFailedEvent)
                    && HOLDING.get()) {
                HOLDING.set(false);
                TURN.release();
            }
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER + 1;
        }
    }
}
