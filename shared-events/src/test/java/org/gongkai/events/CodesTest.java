package org.gongkai.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.OutcomeGroup;
import org.junit.jupiter.api.Test;

/** The codes are the columns and rows of the national table 三: their order and count are the contract. */
class CodesTest {

    @Test
    void tableThreeHasTwentyOneOutcomeRowsInTableOrder() {
        assertThat(Outcome.values()).hasSize(21);
        assertThat(Outcome.values()[0]).isEqualTo(Outcome.DISCLOSED);
        assertThat(Outcome.values()[20]).isEqualTo(Outcome.OTHER);
        assertThat(Arrays.stream(Outcome.values()).filter(o -> o.group() == OutcomeGroup.WITHHELD))
                .hasSize(8);
        assertThat(Arrays.stream(Outcome.values()).filter(o -> o.group() == OutcomeGroup.UNAVAILABLE))
                .hasSize(3);
        assertThat(Arrays.stream(Outcome.values()).filter(o -> o.group() == OutcomeGroup.NOT_PROCESSED))
                .hasSize(5);
        assertThat(Arrays.stream(Outcome.values()).filter(o -> o.group() == OutcomeGroup.OTHER))
                .hasSize(3);
    }

    @Test
    void outcomeGroupsAppearInTableOrder() {
        OutcomeGroup previous = OutcomeGroup.DISCLOSED;
        for (Outcome outcome : Outcome.values()) {
            assertThat(outcome.group().ordinal()).isGreaterThanOrEqualTo(previous.ordinal());
            previous = outcome.group();
        }
    }

    @Test
    void applicantColumnsCarryTheOfficialLabels() {
        assertThat(Arrays.stream(ApplicantType.values()).map(ApplicantType::label))
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    }

    @Test
    void partialDisclosureLabelKeepsTheExclusivityNote() {
        assertThat(Outcome.PARTIALLY_DISCLOSED.label()).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(Outcome.WITHHELD_SAFETY_STABILITY.label()).isEqualTo("3.危及“三安全一稳定”");
    }
}
