package org.gongkai.query.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void separatesColumnsWithTabsAndRowsWithNewlinesAndWritesNullAsBackslashN() {
        String text = new CopyText(2)
                .value("app-1")
                .value(3L)
                .value(null)
                .endRow()
                .value("app-2")
                .value(Instant.parse("2025-01-05T08:00:00Z"))
                .value("申请")
                .endRow()
                .text();

        assertThat(text).isEqualTo("app-1\t3\t\\N\napp-2\t2025-01-05T08:00:00Z\t申请\n");
    }

    @Test
    void escapesWhatCopyWouldOtherwiseReadAsItsOwnSyntax() {
        String text = new CopyText(1)
                .value("{\"subject\":\"a\\\"b\"}\tline\none\rtwo\\N")
                .endRow()
                .text();

        assertThat(text).isEqualTo("{\"subject\":\"a\\\\\"b\"}\\tline\\none\\rtwo\\\\N\n");
        // an escape as the very first or last character, and text with nothing to escape, copied as it is
        assertThat(new CopyText(1)
                        .value("\tfirst")
                        .value("last\n")
                        .value("plain 申请")
                        .endRow()
                        .text())
                .isEqualTo("\\tfirst\tlast\\n\tplain 申请\n");
    }
}
