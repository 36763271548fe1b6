package org.gongkai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A request-rate limit per signed-in user (a token bucket: {@code perSecond} on average, bursts of {@code burst}).
 * Beyond it a request is refused with 429, {@code Retry-After} and a problem body before it does any work, so one
 * account (a runaway script, a stolen password) cannot take the service from everyone else. Runs after sign-in;
 * requests without a user (health, the login page) are not counted here, failed sign-ins are throttled by
 * {@link PasswordSignIn}. A {@code perSecond} of 0 turns the limit off.
 */
public final class RequestRate extends HttpFilter {

    private static final int MAX_TRACKED = 50_000;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RequestRate(double perSecond, int burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
        this.nanoTime = nanoTime;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<SignedInUser> user = SignedInUser.current();
        if (perSecond > 0 && user.isPresent()) {
            long waitNanos = take(user.get().username());
            if (waitNanos > 0) {
                long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
                response.setHeader("Retry-After", Long.toString(seconds));
                Problems.write(
                        response,
                        429,
                        "TooManyRequests",
                        "请求过于频繁，请稍后再试：more than " + rate() + " requests a second (bursts of " + (int) burst
                                + ") for one user; retry after " + seconds + " s");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private String rate() {
        return perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : Double.toString(perSecond);
    }

    /** 0 when a request may go now, else how long until it may. */
    long take(String username) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear(); // every bucket starts full again: generous, and bounded
        }
        Bucket bucket = buckets.computeIfAbsent(username, name -> new Bucket(burst, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) / 1e9 * perSecond);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) ((1 - bucket.tokens) / perSecond * 1e9);
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
