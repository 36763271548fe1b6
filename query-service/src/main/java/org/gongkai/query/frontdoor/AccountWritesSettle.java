package org.gongkai.query.frontdoor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.query.intake.AppliedPositions;
import org.springframework.stereotype.Component;

/**
 * Holds the answer to a change of an account (disable, enable, role, password; ADR 0045) until this front door's
 * own users table shows it, at most 5 s. Without it a disabled user's next request could arrive in the
 * projection's lag (tens of milliseconds) and still be served, and a user who just chose a new password would be
 * refused once more as one who must. Other front doors of a cluster apply the same event within their own lag;
 * every write there is refused at once anyway by the command side, which reads the account in the event's
 * transaction. When the wait runs out the answer goes out as it is: the change is recorded either way.
 */
@Component
class AccountWritesSettle {

    private static final Pattern POSITION = Pattern.compile("([0-9]{1,18})\\.([0-9]{1,18})\\.([A-Za-z0-9_-]{1,400})");
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long POLL_MILLIS = 10;

    private final AppliedPositions applied;

    AccountWritesSettle(AppliedPositions applied) {
        this.applied = applied;
    }

    static boolean changesAnAccount(String path) {
        return path.startsWith("/api/users") || path.equals("/api/me/password");
    }

    void await(String position) {
        Matcher parts = position == null ? null : POSITION.matcher(position);
        if (parts == null || !parts.matches()) {
            return;
        }
        long globalIndex = Long.parseLong(parts.group(1));
        long sequence = Long.parseLong(parts.group(2));
        String aggregateId;
        try {
            aggregateId = new String(Base64.getUrlDecoder().decode(parts.group(3)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return;
        }
        long deadline = System.nanoTime() + WAIT_NANOS;
        try {
            while (!applied.covers(globalIndex, aggregateId, sequence) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
