package org.gongkai.standalone;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A whole Gongkai on a fresh data dir for the test class, reached through its front door. */
abstract class RunningStack {

    /** Last year: every business date in it is in the past, whatever day the tests run. */
    static final int YEAR =
            LocalDate.now(org.gongkai.events.calendar.BusinessClock.china()).getYear() - 1;

    @TempDir
    static Path dataDir;

    static GongkaiStack stack;
    static FrontDoor frontDoor;

    @BeforeAll
    static void start() {
        SharedRunningStack.close(); // one stack at a time in the test JVM (ADR 0050)
        stack = GongkaiStack.start(dataDir, 0);
        frontDoor = new FrontDoor(stack);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
