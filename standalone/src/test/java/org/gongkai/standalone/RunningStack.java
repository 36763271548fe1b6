package org.gongkai.standalone;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
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

    private static final List<String> setProperties = new ArrayList<>();

    @BeforeAll
    static void start(TestInfo test) {
        SharedRunningStack.close(); // one stack at a time in the test JVM (ADR 0050)
        test.getTestClass()
                .map(type -> type.getAnnotation(StackSystemProperties.class))
                .ifPresent(properties -> {
                    for (String property : properties.value()) {
                        String[] nameAndValue = property.split("=", 2);
                        System.setProperty(nameAndValue[0], nameAndValue[1]);
                        setProperties.add(nameAndValue[0]);
                    }
                });
        stack = GongkaiStack.start(dataDir, 0);
        frontDoor = new FrontDoor(stack);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
        setProperties.forEach(System::clearProperty);
        setProperties.clear();
    }
}
