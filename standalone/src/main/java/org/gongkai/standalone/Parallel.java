package org.gongkai.standalone;

/**
 * Runs two start-up steps side by side and returns when both are done. A plain thread rather than the common pool:
 * it inherits the caller's context class loader, which inside the executable jar is the one that sees the
 * services.
 */
final class Parallel {

    private Parallel() {}

    static void both(String secondName, Runnable first, Runnable second) {
        Throwable[] secondFailure = new Throwable[1];
        Thread other = new Thread(
                () -> {
                    try {
                        second.run();
                    } catch (Throwable e) {
                        secondFailure[0] = e;
                    }
                },
                "gongkai-start-" + secondName);
        other.start();
        Throwable firstFailure = null;
        try {
            first.run();
        } catch (Throwable e) {
            firstFailure = e;
        }
        joinUninterruptibly(other);
        Throwable failure = firstFailure != null ? firstFailure : secondFailure[0];
        if (firstFailure != null && secondFailure[0] != null) {
            firstFailure.addSuppressed(secondFailure[0]);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** The other step must finish before anything is closed, or it would leave a part running. */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
