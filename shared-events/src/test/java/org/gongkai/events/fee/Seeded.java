package org.gongkai.events.fee;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Runs a property over inputs drawn from seeded random generators. Every run draws fresh seeds, so the inputs vary
 * from run to run; a failure names its seed and its input, and {@code -Dproperty.seed=<seed>} runs that one input
 * again. No shrinking: the generators keep inputs small enough to read.
 */
final class Seeded {

    static final String SEED_PROPERTY = "property.seed";

    private Seeded() {}

    static <T> void forAll(int tries, Function<SplittableRandom, T> generator, Consumer<T> property) {
        for (long seed : seeds(tries)) {
            T input = generator.apply(new SplittableRandom(seed));
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "property failed for seed " + seed + " (rerun with -D" + SEED_PROPERTY + "=" + seed
                                + ")\ninput: " + input + "\n" + e.getMessage(),
                        e);
            }
        }
    }

    private static long[] seeds(int tries) {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            return new long[] {Long.parseLong(fixed.strip())};
        }
        SplittableRandom seeds = new SplittableRandom();
        return LongStream.generate(seeds::nextLong).limit(tries).toArray();
    }
}
