package org.gongkai.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.junit.jupiter.api.Test;

/**
 * Payloads written before an optional field was added stay readable forever, with the field's documented default.
 * The files under {@code golden/old} are copies of golden files as they were before the field existed.
 */
class OldPayloadsTest {

    @Test
    void readsAnApplicationReceivedWithoutACaseNumber() throws IOException {
        try (InputStream in = getClass()
                .getClassLoader()
                .getResourceAsStream("golden/old/ApplicationReceived.v1.before-case-number.json")) {
            ApplicationReceived read = GoldenEventFilesTest.MAPPER.readValue(in, ApplicationReceived.class);

            assertThat(read)
                    .isEqualTo(new ApplicationReceived(
                            "7d0c3a8e-5b1f-4c52-9a57-1f2e3d4c5b6a",
                            "kupu-township",
                            LocalDate.of(2024, 9, 27),
                            Channel.REGISTERED_MAIL,
                            ApplicantType.NATURAL_PERSON,
                            "2023年度村级财务公开情况",
                            LocalDate.of(2024, 11, 1)));
            assertThat(read.caseNumber()).isNull();
        }
    }
}
