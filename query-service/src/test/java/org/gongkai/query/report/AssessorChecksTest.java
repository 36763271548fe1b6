package org.gongkai.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.query.statistics.ApplicationsTable;
import org.gongkai.query.statistics.TallyCounts;
import org.junit.jupiter.api.Test;

class AssessorChecksTest {

    static final String OVERVIEW_2024 = "2024年，县自然资源局坚持以公开为常态、不公开为例外，围绕征地补偿、国土空间规划和不动产登记等群众关注的事项，"
            + "主动公开政府信息312条，受理政府信息公开申请45件，全部在法定期限内答复，未发生因政府信息公开引发的行政复议被纠错情形。";
    static final String OVERVIEW_2025_COPIED = "2025年，县自然资源局坚持以公开为常态、不公开为例外，围绕征地补偿、国土空间规划和不动产登记等群众关注的事项，"
            + "主动公开政府信息287条，受理政府信息公开申请51件，全部在法定期限内答复，未发生因政府信息公开引发的行政复议被纠错情形。";
    static final String OVERVIEW_2025_NEW = "本年度我局把耕地保护执法信息作为公开重点，新设“土地卫片执法”专栏，逐月发布违法用地查处结果；"
            + "依申请公开方面，申请量较上年增加，主要集中在农村宅基地审批，我局为此编制了办事指南并在乡镇便民服务中心张贴。";

    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void passesWhenEverySectionHasSubstance() {
        Check check = AssessorChecks.narrativePresent(
                Map.of("OVERVIEW", OVERVIEW_2024, "PROBLEMS", OVERVIEW_2025_NEW, "OTHER_MATTERS", "无。"));
        assertThat(check.passed()).isTrue();
        assertThat(check.severity()).isEqualTo(Check.Severity.WARNING);
    }

    @Test
    void namesAMissingAndANearEmptySection() {
        Map<String, String> narrative = new HashMap<>();
        narrative.put("OVERVIEW", "2025年我局依法做好政府信息公开工作。");
        narrative.put("OTHER_MATTERS", "无。");

        Check check = AssessorChecks.narrativePresent(narrative);

        assertThat(check.passed()).isFalse();
        assertThat(check.message())
                .contains("一、总体情况内容过少（15字，至少30字）")
                .contains("五、存在的主要问题及改进情况缺失")
                .doesNotContain("六、");
    }

    @Test
    void flagsAnOverviewCopiedFromLastYearWithTheNumbersChanged() {
        Check check = AssessorChecks.overviewNotCopied(OVERVIEW_2025_COPIED, OVERVIEW_2024, 2024);

        assertThat(check.passed()).isFalse();
        assertThat(AssessorChecks.similarity(OVERVIEW_2025_COPIED, OVERVIEW_2024))
                .isGreaterThan(0.95);
        assertThat(check.message()).contains("2024年度已公开年报", "阈值80%", "请按本年度实际情况重写");
    }

    @Test
    void passesAnOverviewWrittenAfresh() {
        Check check = AssessorChecks.overviewNotCopied(OVERVIEW_2025_NEW, OVERVIEW_2024, 2024);

        assertThat(check.passed()).isTrue();
        assertThat(AssessorChecks.similarity(OVERVIEW_2025_NEW, OVERVIEW_2024)).isLessThan(0.5);
        assertThat(AssessorChecks.overviewNotCopied(OVERVIEW_2025_NEW, null, 2024))
                .isNull();
    }

    @Test
    void comparesTheCarryOverWithLastYearsPublishedCarryForward() {
        ApplicationsTable thisYear = ReportChecksTest.table(); // 上年结转: 2 natural persons

        Check same = AssessorChecks.carryOverMatchesPublished(thisYear, published(2), 2024);
        Check amended = AssessorChecks.carryOverMatchesPublished(thisYear, published(3), 2024);

        assertThat(same.passed()).isTrue();
        assertThat(amended.passed()).isFalse();
        assertThat(amended.message()).contains("NATURAL_PERSON（本年2，上年公开3）", "2024年度已公开年报“四、结转下年度”");
        assertThat(AssessorChecks.carryOverMatchesPublished(thisYear, mapper.createObjectNode(), 2024))
                .isNull();
    }

    /** Last year's published snapshot whose 结转下年度 has {@code open} natural persons. */
    private JsonNode published(int open) {
        ApplicationsTable lastYear = ApplicationsTable.of(
                new TallyCounts().addWithin(ApplicantType.NATURAL_PERSON, "RECEIVED", open), false);
        return mapper.valueToTree(Map.of("scope", "AGENCY", "applications", lastYear));
    }
}
