package org.gongkai.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.command.application.GrantExtension;
import org.gongkai.command.application.ReceiveApplication;
import org.gongkai.command.application.RecordDecision;
import org.gongkai.command.application.RequestSupplement;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;
import org.junit.jupiter.api.Test;

class RegisterRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final String HEADER = "申请编号,收到日期,申请方式,申请人类型,申请内容,办结日期,办理结果,补正日期,补正收到日期,延期日期,延期工作日数\n";

    private static List<RegisterRows.Read> read(String agency, String rows) {
        Register register = RegisterFile.read((HEADER + rows).getBytes(StandardCharsets.UTF_8));
        RegisterRows reader = RegisterRows.of(register.header(), agency, TODAY);
        return register.lines().stream().map(reader::read).toList();
    }

    @Test
    void takesCodesAndOfficialLabelsWithOrWithoutTheirNumbering() {
        List<RegisterRows.Read> rows = read(
                "a1",
                ",2025-01-02,ONLINE,NATURAL_PERSON,,2025-01-20,DISCLOSED,,,,\n"
                        + ",2025/1/3,网络/在线平台,自然人,,2025年1月21日,1.属于国家秘密,,,,\n"
                        + ",20250104,邮寄,商业企业,,2025-01-22,属于国家秘密,,,,\n"
                        + ",2025-01-05,online,法律服务机构,,2025-01-23,（一）予以公开,,,,\n");

        assertThat(rows).allSatisfy(row -> assertThat(row.errors()).isEmpty());
        assertThat(rows.get(1).planned().steps().get(0).command())
                .isInstanceOfSatisfying(ReceiveApplication.class, receipt -> {
                    assertThat(receipt.channel()).isEqualTo(Channel.ONLINE);
                    assertThat(receipt.applicantType()).isEqualTo(ApplicantType.NATURAL_PERSON);
                    assertThat(receipt.receivedOn()).isEqualTo(LocalDate.of(2025, 1, 3));
                });
        assertThat(rows.stream()
                        .map(row ->
                                ((RecordDecision) row.planned().steps().get(1).command()).outcome()))
                .containsExactly(
                        Outcome.DISCLOSED,
                        Outcome.WITHHELD_STATE_SECRET,
                        Outcome.WITHHELD_STATE_SECRET,
                        Outcome.DISCLOSED);
    }

    @Test
    void listsEveryBadCellOfARowWithItsColumnAndRule() {
        List<RegisterRows.Read> rows = read(
                "a1",
                ",2025-13-01,传书,外星人,联系电话13812345678,2025-07-01,不存在的结果,,2025-02-01,,30\n"
                        + ",2025-03-01,ONLINE,OTHER_ORGANIZATION,,2025-02-01,,,,,\n");

        assertThat(rows.get(0).planned()).isNull();
        assertThat(rows.get(0).errors())
                .extracting(RowError::row, RowError::column, RowError::rule)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "收到日期", "WrongType"),
                        org.assertj.core.groups.Tuple.tuple(2, "申请方式", "UnknownCode"),
                        org.assertj.core.groups.Tuple.tuple(2, "申请人类型", "UnknownCode"),
                        org.assertj.core.groups.Tuple.tuple(2, "申请内容", "NO_PERSONAL_DATA"),
                        org.assertj.core.groups.Tuple.tuple(2, "办结日期", "BusinessDateInFuture"),
                        org.assertj.core.groups.Tuple.tuple(2, "办理结果", "UnknownCode"),
                        org.assertj.core.groups.Tuple.tuple(2, "补正收到日期", "SupplementNotRequested"),
                        org.assertj.core.groups.Tuple.tuple(2, "延期工作日数", "InvalidValue"),
                        org.assertj.core.groups.Tuple.tuple(2, "延期日期", "Required"));
        assertThat(rows.get(1).errors())
                .extracting(RowError::column, RowError::rule)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("办结日期", "DateBeforeReceipt"),
                        org.assertj.core.groups.Tuple.tuple("办理结果", "Required"));
        assertThat(rows.get(0).errors())
                .allSatisfy(error -> assertThat(error.message()).matches("[^A-Za-z]+：.*[A-Za-z].*"));
        assertThat(rows.get(0).errors().toString()).doesNotContain("13812345678");
    }

    @Test
    void plansTheFactsOfARowInTheOrderTheyHappened() {
        RegisterRows.Read row = read(
                        "a1", "R-7,2025-01-02,当面,科研机构,某项目资料,2025-03-01,DISCLOSED,2025-01-05,2025-01-10,2025-02-01,\n")
                .get(0);

        assertThat(row.errors()).isEmpty();
        assertThat(row.planned().steps())
                .extracting(step -> step.command().getClass().getSimpleName())
                .containsExactly(
                        "ReceiveApplication",
                        "RequestSupplement",
                        "ReceiveSupplement",
                        "GrantExtension",
                        "RecordDecision");
        assertThat(((GrantExtension) row.planned().steps().get(3).command()).workingDays())
                .isEqualTo(RegisterRows.DEFAULT_EXTENSION_DAYS);
        assertThat(((RequestSupplement) row.planned().steps().get(1).command()).dueOn())
                .isNull();
    }

    @Test
    void namesRowsStablyAcrossUploadsAndEqualReceiptsOfOneFileApart() {
        String rows = ",2025-01-02,ONLINE,NATURAL_PERSON,,,,,,,\n"
                + ",2025-01-02,ONLINE,NATURAL_PERSON,,,,,,,\n"
                + "R-1,2025-01-02,ONLINE,NATURAL_PERSON,,,,,,,\n"
                + "0b6c3a52-1d2e-4f00-9a1b-1234567890ab,2025-01-02,ONLINE,NATURAL_PERSON,,,,,,,\n";
        List<String> first =
                read("a1", rows).stream().map(r -> r.planned().applicationId()).toList();
        List<String> again =
                read("a1", rows).stream().map(r -> r.planned().applicationId()).toList();
        List<String> otherAgency =
                read("a2", rows).stream().map(r -> r.planned().applicationId()).toList();

        assertThat(again).isEqualTo(first);
        assertThat(first).doesNotHaveDuplicates();
        assertThat(first.get(3)).isEqualTo("0b6c3a52-1d2e-4f00-9a1b-1234567890ab");
        assertThat(otherAgency.subList(0, 3)).doesNotContainAnyElementsOf(first);
        assertThat(read("a1", ",2025-01-02,ONLINE,NATURAL_PERSON,,2025-02-01,DISCLOSED,,,,\n")
                        .get(0)
                        .planned()
                        .applicationId())
                .as("a decision added to the register later names the same application")
                .isEqualTo(first.get(0));
    }

    @Test
    void refusesARepeatedRegisterNumberInOneFile() {
        List<RegisterRows.Read> rows = read(
                "a1", "R-1,2025-01-02,ONLINE,NATURAL_PERSON,,,,,,,\nR-1,2025-01-03,ONLINE,NATURAL_PERSON,,,,,,,\n");

        assertThat(rows.get(0).errors()).isEmpty();
        assertThat(rows.get(1).errors()).extracting(RowError::rule).containsExactly("DuplicateId");
    }

    @Test
    void refusesAFileWithoutARequiredColumnNamingIt() {
        Register register = RegisterFile.read("收到日期,申请方式\n2025-01-02,ONLINE\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> RegisterRows.of(register.header(), "a1", TODAY))
                .isInstanceOfSatisfying(UnreadableRegister.class, e -> {
                    assertThat(e.rule()).isEqualTo("MissingColumn");
                    assertThat(e.getMessage()).contains("申请人类型");
                });
    }

    @Test
    void takesTheApiFieldNamesAsHeadersToo() {
        Register register = RegisterFile.read("receivedOn,channel,applicantType\n2025-01-02,ONLINE,NATURAL_PERSON\n"
                .getBytes(StandardCharsets.UTF_8));

        RegisterRows.Read row = RegisterRows.of(register.header(), "a1", TODAY)
                .read(register.lines().get(0));

        assertThat(row.errors()).isEmpty();
    }
}
