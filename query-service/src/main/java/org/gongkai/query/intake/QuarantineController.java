package org.gongkai.query.intake;

import java.util.List;
import org.gongkai.security.SignedInUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see the quarantined events and retry them after the fix (admin only, as all of /api/admin). */
@RestController
class QuarantineController {

    /** The open count, and the rows asked for, newest first. */
    record Quarantine(long open, List<QuarantineEntry> entries) {}

    /** The rows a retry tried, as they are after it. */
    record Retried(long open, List<QuarantineEntry> tried) {}

    private static final int LIMIT = 500;

    private final QuarantineStore store;
    private final QuarantineRetry retry;

    QuarantineController(QuarantineStore store, QuarantineRetry retry) {
        this.store = store;
        this.retry = retry;
    }

    @GetMapping("/api/admin/quarantine")
    Quarantine list(@RequestParam(defaultValue = "false") boolean all) {
        return new Quarantine(store.countOpen(), store.list(!all, LIMIT));
    }

    @PostMapping("/api/admin/quarantine/{id}/retry")
    Retried retry(@PathVariable long id) {
        List<QuarantineEntry> tried = retry.retry(id, user());
        return new Retried(store.countOpen(), tried);
    }

    @PostMapping("/api/admin/quarantine/retry")
    Retried retryAll() {
        List<QuarantineEntry> tried = retry.retryAll(user());
        return new Retried(store.countOpen(), tried);
    }

    private static String user() {
        return SignedInUser.current().map(SignedInUser::username).orElse(null);
    }
}
