package org.gongkai.command.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchCommandsTest {

    @Test
    void keepsEachBodyAsTheBytesSentSoTheSingleWritesReaderJudgesThem() {
        String twice = "{\"agencyId\":\"a\",\"agencyId\":\"b\",\"count\":1.9}";
        String batch = "[{\"path\":\"/api/applications\",\"body\":" + twice + "},"
                + "{\"body\":{\"名\":\"库普\"},\"path\":\"/api/agencies/kupu/decision-tallies\"}]";

        List<BatchCommand> commands = BatchCommands.read(batch.getBytes(StandardCharsets.UTF_8), false);

        assertThat(commands).hasSize(2);
        assertThat(new String(commands.get(0).body(), StandardCharsets.UTF_8)).isEqualTo(twice);
        assertThat(new String(commands.get(1).body(), StandardCharsets.UTF_8)).isEqualTo("{\"名\":\"库普\"}");
        assertThat(commands.get(1).path()).isEqualTo("/api/agencies/kupu/decision-tallies");
        assertThat(commands).allSatisfy(command -> assertThat(command.refusal()).isNull());
    }

    @Test
    void refusesAnItemWithoutAUsablePathOrBodyAloneNamingTheField() {
        String batch = "{\"path\":\"/api/users\",\"body\":{}}\n"
                + "{\"path\":\"/api/applications/x/../users\",\"body\":{}}\n"
                + "{\"path\":\"/api/applications/%2e/decision\",\"body\":{}}\n"
                + "{\"body\":{}}\n"
                + "{\"path\":\"/api/applications\",\"body\":[1]}\n"
                + "[]\n"
                + "{\"path\":\"/api/applications/a-1/decision\",\"body\":{\"outcome\":\"DISCLOSED\"}}\n";

        List<BatchCommand> commands = BatchCommands.read(batch.getBytes(StandardCharsets.UTF_8), true);

        assertThat(commands)
                .extracting(c -> c.refusal() == null
                        ? "ok"
                        : c.refusal().problem("/api/batch").get("field"))
                .containsExactly("path", "path", "path", "path", "body", "path", "ok");
        assertThat(commands).extracting(BatchCommand::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void refusesTheWholeBatchWhenItCannotBeReadOrHoldsMoreThanAThousand() {
        byte[] tooMany = commands(BatchCommands.MAX_COMMANDS + 1);

        assertThatThrownBy(() -> BatchCommands.read(tooMany, false))
                .isInstanceOfSatisfying(
                        BatchRefusal.class, r -> assertThat(r.status()).isEqualTo(413));
        assertThatThrownBy(() -> BatchCommands.read("[{\"path\":".getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOfSatisfying(
                        BatchRefusal.class, r -> assertThat(r.status()).isEqualTo(400));
        assertThatThrownBy(() -> BatchCommands.read(
                        "{\"path\":\"/api/applications\",\"body\":{}}".getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(BatchRefusal.class);
        assertThat(BatchCommands.read(commands(BatchCommands.MAX_COMMANDS), false))
                .hasSize(BatchCommands.MAX_COMMANDS);
    }

    private static byte[] commands(int count) {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"path\":\"/api/applications\",\"body\":{}}");
        }
        return batch.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }
}
