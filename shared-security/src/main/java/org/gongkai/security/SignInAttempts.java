package org.gongkai.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed sign-ins, counted per user name and per client address over a sliding window. Once a user name has
 * failed {@code userLimit} times in the window, or an address {@code addressLimit} times, further attempts for it
 * are refused (429) until the window has moved on, whether or not the password would be right: guessing passwords
 * becomes slow. The address limit is higher because one office may reach the service through one address.
 */
final class SignInAttempts {

    private static final int MAX_TRACKED = 50_000;

    private final int userLimit;
    private final int addressLimit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    SignInAttempts(int userLimit, int addressLimit, Duration window, LongSupplier nanoTime) {
        this.userLimit = userLimit;
        this.addressLimit = addressLimit;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    boolean blocked(String username, String clientAddress) {
        return count("user:" + username) >= userLimit || count("address:" + clientAddress) >= addressLimit;
    }

    void failed(String username, String clientAddress) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        add("user:" + username);
        add("address:" + clientAddress);
    }

    private void add(String key) {
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(nanoTime.getAsLong());
            prune(times);
        }
    }

    private int count(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void prune(Deque<Long> times) {
        long now = nanoTime.getAsLong();
        while (!times.isEmpty() && now - times.peekFirst() > windowNanos) {
            times.removeFirst();
        }
    }
}
