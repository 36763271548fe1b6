package org.gongkai.standalone;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Short progress lines for the operator: what starts, and how long it took. */
final class Progress {

    private final Consumer<String> out;

    Progress(Consumer<String> out) {
        this.out = out;
    }

    static Progress silent() {
        return new Progress(line -> {});
    }

    void say(String line) {
        out.accept(line);
    }

    /** Runs {@code step}, announcing it as {@code name} before and with its duration after. */
    <T> T step(String name, Supplier<T> step) {
        out.accept("Starting " + name + "…");
        long started = System.nanoTime();
        T result = step.get();
        out.accept(name + " ready in " + seconds(System.nanoTime() - started));
        return result;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
