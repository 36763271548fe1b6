package org.gongkai.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * One whole Gongkai shared by the stack tests that only add agencies of their own (random ids) and look at nothing
 * outside them, so that starting a fresh embedded PostgreSQL, Kafka broker and both services for each of them
 * would prove nothing more (ADR 0050). A test that restarts, stops or fails a part, that records fixed ids (the demo
 * county aside: {@link #demoCountySeeded}), or that counts across agencies extends {@link RunningStack} and gets a
 * stack of its own.
 *
 * <p>{@link StackTestOrder} runs these classes first; the first {@link RunningStack} class closes the shared stack
 * before it starts its own, so there is never more than one stack in the test JVM. A shutdown hook closes it if no
 * such class follows.
 */
abstract class SharedRunningStack {

    static final int YEAR = RunningStack.YEAR;

    private static GongkaiStack shared;
    private static boolean demoCounty;

    static GongkaiStack stack;
    static FrontDoor frontDoor;

    @BeforeAll
    static void joinTheSharedStack() {
        stack = started();
        frontDoor = new FrontDoor(stack);
    }

    private static synchronized GongkaiStack started() {
        if (shared == null) {
            try {
                Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "shared-stack-");
                shared = GongkaiStack.start(dataDir, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            GongkaiStack started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-stack-close"));
        }
        return shared;
    }

    /**
     * The demo county ({@link DemoData}, fixed ids), seeded once per shared stack: the classes that walk its screens
     * read it and add only users and cases of their own, so a second seed would only double its numbers.
     */
    static synchronized void demoCountySeeded() throws Exception {
        if (!demoCounty) {
            new DemoData(stack.url().toString(), stack.adminPassword().orElseThrow()).seed();
            demoCounty = true;
        }
    }

    /** Stops the shared stack, if one runs, before a test starts a stack of its own. */
    static synchronized void close() {
        if (shared != null) {
            shared.close();
            shared = null;
            demoCounty = false;
        }
    }
}
