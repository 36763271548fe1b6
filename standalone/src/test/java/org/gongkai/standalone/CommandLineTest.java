package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void runsOnPort8080WithDataInGongkaiDataWhenGivenNoArguments() {
        assertThat(CommandLine.parse()).isEqualTo(new LaunchCommand.Run(Path.of("gongkai-data"), 8080, false));
    }

    @Test
    void takesDataDirPortAndDemoInAnyOrder() {
        assertThat(CommandLine.parse("--demo", "--port", "9090", "--data-dir", "/srv/gongkai"))
                .isEqualTo(new LaunchCommand.Run(Path.of("/srv/gongkai"), 9090, true));
    }

    @Test
    void acceptsOptionValuesAfterAnEqualsSign() {
        assertThat(CommandLine.parse("--port=9091", "--data-dir=data"))
                .isEqualTo(new LaunchCommand.Run(Path.of("data"), 9091, false));
    }

    @Test
    void printsTheUsageForHelp() {
        assertThat(CommandLine.parse("--help")).isInstanceOf(LaunchCommand.Help.class);
        assertThat(CommandLine.parse("-h")).isInstanceOf(LaunchCommand.Help.class);
        assertThat(CommandLine.USAGE).contains("--data-dir", "--port", "--demo", "bench");
    }

    @Test
    void recognisesTheBenchSubcommandWithAnOptionalOutputFile() {
        assertThat(CommandLine.parse("bench")).isEqualTo(new LaunchCommand.Bench(Optional.empty()));
        assertThat(CommandLine.parse("bench", "--out", "result.json"))
                .isEqualTo(new LaunchCommand.Bench(Optional.of(Path.of("result.json"))));
    }

    @Test
    void rejectsAnUnknownOptionByName() {
        assertThatThrownBy(() -> CommandLine.parse("--prot", "8080"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option: --prot");
        assertThatThrownBy(() -> CommandLine.parse("bench", "--port", "1"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option: --port");
    }

    @Test
    void rejectsAStrayWordThatIsNoOption() {
        assertThatThrownBy(() -> CommandLine.parse("start"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option: start");
    }

    @Test
    void rejectsAPortThatIsNoNumberOrOutOfRange() {
        assertThatThrownBy(() -> CommandLine.parse("--port", "http"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--port must be a number from 1 to 65535");
        assertThatThrownBy(() -> CommandLine.parse("--port", "0"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("not 0");
        assertThatThrownBy(() -> CommandLine.parse("--port", "65536"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("not 65536");
    }

    @Test
    void rejectsAnOptionWhoseValueIsMissing() {
        assertThatThrownBy(() -> CommandLine.parse("--data-dir"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--data-dir needs a value");
        assertThatThrownBy(() -> CommandLine.parse("--port", "--demo"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--port needs a value");
        assertThatThrownBy(() -> CommandLine.parse("--data-dir="))
                .isInstanceOf(UsageException.class)
                .hasMessage("--data-dir needs a non-empty path");
    }

    @Test
    void rejectsAValueForTheDemoFlag() {
        assertThatThrownBy(() -> CommandLine.parse("--demo=yes"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--demo takes no value");
    }
}
