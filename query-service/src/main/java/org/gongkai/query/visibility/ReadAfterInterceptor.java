package org.gongkai.query.visibility;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.gongkai.query.intake.AppliedPositions;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Holds a read under {@code /api/**} that names a position until the read models show it, then lets it through;
 * after the wait (5 s, {@code wait} up to 30 s) it answers 503 NOT_YET_VISIBLE with Retry-After. It runs after the
 * scope check, so a read out of scope is refused at once rather than after waiting. The wait polls the shared
 * database, which is what lets any instance answer for a write another instance applied; a batch this instance
 * commits ends the pause between two polls at once ({@link BatchCommits}).
 */
@Component
class ReadAfterInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    static final String HEADER = "Gongkai-After";
    private static final int DEFAULT_WAIT_SECONDS = 5;
    private static final int MAX_WAIT_SECONDS = 30;
    private static final long POLL_MILLIS = 20;

    private final AppliedPositions applied;
    private final BatchCommits commits;

    ReadAfterInterceptor(AppliedPositions applied, BatchCommits commits) {
        this.applied = applied;
        this.commits = commits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").order(100);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if (!request.getMethod().equals("GET")) {
            return true;
        }
        String token = request.getParameter("after");
        if (token == null || token.isEmpty()) {
            token = request.getHeader(HEADER);
        }
        if (token == null || token.isEmpty()) {
            return true;
        }
        ReadPosition position = ReadPosition.parse(token.trim());
        Duration wait = Duration.ofSeconds(waitSeconds(request.getParameter("wait")));
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long seen = commits.count(); // before the check: a batch committed during it wakes the wait at once
            if (applied.covers(position.globalIndex(), position.aggregateId(), position.sequence())) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw ReadProblems.notYetVisible(token, 1);
            }
            commits.awaitAfter(seen, Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
        }
    }

    private static int waitSeconds(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_WAIT_SECONDS;
        }
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= 0 && seconds <= MAX_WAIT_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // answered below as a bad parameter
        }
        throw ReadProblems.invalidWait(value);
    }
}
