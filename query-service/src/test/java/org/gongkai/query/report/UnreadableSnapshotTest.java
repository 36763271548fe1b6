package org.gongkai.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/**
 * A snapshot a client wrote before only the front door could author one ("not JSON", say) never turns the
 * report pages into 500s: the live report shows no differences to it, and the version itself is a 422 problem.
 */
class UnreadableSnapshotTest {

    @Test
    void comparesTheLiveReportWithAnUnreadableSnapshotAsNothingToShow() {
        assertThat(new Differences(SnapshotsTest.MAPPER).between(SnapshotsTest.report(2, "概述"), "my own numbers"))
                .isEmpty();
    }

    @Test
    void answersAnUnreadablePublishedVersionWithA422Problem() {
        assertThatThrownBy(() -> new SnapshotReader(SnapshotsTest.MAPPER).read("{not json"))
                .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(422);
                    assertThat(problem.getBody().getProperties()).containsEntry("rule", "UnreadableSnapshot");
                });
    }

    @Test
    void answersAnUnreadableSubmittedSnapshotWithA422Problem() {
        assertThatThrownBy(() -> QuarterlySnapshot.agencyName(SnapshotsTest.MAPPER, "{not json"))
                .isInstanceOf(ErrorResponseException.class);
    }
}
