package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmBoundsTest {

    @Test
    void boundsComeFirstSoTheOperatorsOwnOptionsWin() {
        List<String> options = JvmBounds.relaunchOptions(List.of("-Dgongkai.bench.intake-seconds=10"));

        assertThat(options).startsWith("-Xmx" + JvmBounds.STANDALONE_HEAP).contains("-XX:+UseSerialGC");
        assertThat(options).endsWith("-Dgongkai.bench.intake-seconds=10");
    }

    @Test
    void aCollectorTheOperatorChoseReplacesTheSerialOne() {
        List<String> options = JvmBounds.relaunchOptions(List.of("-XX:+UseG1GC"));

        assertThat(options).doesNotContain("-XX:+UseSerialGC").endsWith("-XX:+UseG1GC");
    }

    @Test
    void everyPoolOutsideTheHeapIsBounded() {
        assertThat(JvmBounds.options("768m"))
                .contains("-Xmx768m")
                .anyMatch(option -> option.startsWith("-XX:MaxMetaspaceSize="))
                .anyMatch(option -> option.startsWith("-XX:ReservedCodeCacheSize="))
                .anyMatch(option -> option.startsWith("-XX:MaxDirectMemorySize="));
    }

    @Test
    void testsAndIdeRunsAreNeverRelaunched() {
        // the test class path is the build's directories, not the executable jar
        assertThat(JvmBounds.shouldRelaunch()).isFalse();
        assertThat(JvmBounds.isExecutableJar("a.jar" + java.io.File.pathSeparator + "b.jar"))
                .isFalse();
    }
}
