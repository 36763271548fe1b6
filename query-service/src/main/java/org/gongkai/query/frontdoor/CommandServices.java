package org.gongkai.query.frontdoor;

import java.net.ConnectException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * The command services a front door sends writes to: {@code gongkai.command-service.url} holds one base URL or a
 * comma-separated list. They are tried in order, and the next one only when a connection to one is refused or
 * cannot be made: then the write never reached it, so sending it to another cannot record it twice. A failure after
 * the request went out is answered to the client, who retries with the same id (creates are idempotent, ADR 0006).
 */
public final class CommandServices {

    private final List<URI> targets;

    private CommandServices(List<URI> targets) {
        this.targets = targets;
    }

    public static CommandServices of(String urls) {
        List<URI> targets = Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url))
                .toList();
        return new CommandServices(targets);
    }

    public boolean isEmpty() {
        return targets.isEmpty();
    }

    public List<URI> inOrder() {
        return targets;
    }

    /** Whether the failure means the request never reached that command service. */
    public static boolean notReached(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof java.net.NoRouteToHostException
                    || cause instanceof org.apache.hc.client5.http.ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
