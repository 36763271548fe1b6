package org.gongkai.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gongkai.events.application.ProcessingFeePaid;
import org.junit.jupiter.api.Test;

/** Optional fields added to an event version later: payloads stored before them still read, with the default. */
class OptionalFieldsTest {

    @Test
    void aFeePaymentRecordedBeforeTheClockPausedForFeesReadsWithoutADueDate() throws Exception {
        String stored = """
                {"applicationId":"7d0c3a8e-5b1f-4c52-9a57-1f2e3d4c5b6a","paidOn":"2024-10-12"}
                """;

        ProcessingFeePaid read = GoldenEventFilesTest.MAPPER.readValue(stored, ProcessingFeePaid.class);

        assertThat(read)
                .isEqualTo(new ProcessingFeePaid(
                        "7d0c3a8e-5b1f-4c52-9a57-1f2e3d4c5b6a", LocalDate.of(2024, 10, 12), null));
    }
}
