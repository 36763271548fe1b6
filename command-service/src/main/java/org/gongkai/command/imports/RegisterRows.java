package org.gongkai.command.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.command.application.GrantExtension;
import org.gongkai.command.application.ReceiveApplication;
import org.gongkai.command.application.ReceiveSupplement;
import org.gongkai.command.application.RecordDecision;
import org.gongkai.command.application.RequestSupplement;
import org.gongkai.command.security.PersonalDataRule;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;

/**
 * Turns the rows of one register into the commands they record, or into every reason a row cannot be recorded.
 * The rules are the command side's (required fields, known codes, no date after today or before the receipt, no
 * personal data), checked here first so that a dry run lists every bad row and a real run sends no command of a
 * bad row.
 *
 * <p>Ids are stable, so that uploading the same register twice records nothing twice (ADR 0024): a row without
 * 申请编号 is named by a name-based UUID of the agency, the receipt's content (date, channel, applicant type,
 * subject) and how many equal receipts came before it in the file; a row with a 申请编号 that is a UUID keeps it,
 * any other number is turned into a name-based UUID of the agency and the number (register numbers repeat across
 * agencies and years, ids may not).
 */
final class RegisterRows {

    /** Statute: an extension is of at most 20 working days (条例 Art. 33); a register that gives no number means that. */
    static final int DEFAULT_EXTENSION_DAYS = 20;

    static final String EXTENSION_REASON = "按原登记簿导入";

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Either the commands of a row or why it is refused. */
    record Read(PlannedRow planned, List<RowError> errors) {}

    private final String agencyId;
    private final LocalDate today;
    private final Map<Column, Integer> index;
    private final Map<String, Integer> equalReceipts = new HashMap<>();
    private final Set<String> givenIds = new HashSet<>();

    private RegisterRows(String agencyId, LocalDate today, Map<Column, Integer> index) {
        this.agencyId = agencyId;
        this.today = today;
        this.index = index;
    }

    static RegisterRows of(List<String> header, String agencyId, LocalDate today) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            int position = i;
            Column.ofHeader(header.get(i).replace("\uFEFF", ""))
                    .ifPresent(column -> index.putIfAbsent(column, position));
        }
        List<String> missing = java.util.Arrays.stream(Column.values())
                .filter(column -> column.required() && !index.containsKey(column))
                .map(Column::header)
                .toList();
        if (!missing.isEmpty()) {
            throw new UnreadableRegister(
                    "MissingColumn",
                    "缺少必需的列：" + String.join("、", missing) + "; the header row must name the columns "
                            + java.util.Arrays.stream(Column.values())
                                    .filter(Column::required)
                                    .map(Column::header)
                                    .collect(Collectors.joining(", ")));
        }
        return new RegisterRows(agencyId, today, index);
    }

    Read read(Register.Line line) {
        Cells cells = new Cells(line, index, today);
        LocalDate receivedOn = cells.date(Column.RECEIVED_ON, true);
        Channel channel = cells.code(Column.CHANNEL, Channel.class, Channel::label, true);
        ApplicantType applicantType =
                cells.code(Column.APPLICANT_TYPE, ApplicantType.class, ApplicantType::label, true);
        String subject = cells.text(Column.SUBJECT);
        if (subject != null && PersonalDataRule.looksPersonal(subject)) {
            cells.refuse(
                    Column.SUBJECT,
                    PersonalDataRule.RULE,
                    "不得包含个人信息：申请内容 looks like an ID number or a phone number; statistics need no personal data");
        }
        LocalDate decidedOn = cells.date(Column.DECIDED_ON, false);
        Outcome outcome = cells.code(Column.OUTCOME, Outcome.class, Outcome::label, false);
        cells.requireBoth(Column.DECIDED_ON, Column.OUTCOME);
        LocalDate supplementRequestedOn = cells.date(Column.SUPPLEMENT_REQUESTED_ON, false);
        LocalDate supplementReceivedOn = cells.date(Column.SUPPLEMENT_RECEIVED_ON, false);
        if (supplementReceivedOn != null && cells.isBlank(Column.SUPPLEMENT_REQUESTED_ON)) {
            cells.refuse(
                    Column.SUPPLEMENT_RECEIVED_ON,
                    "SupplementNotRequested",
                    "未要求补正：补正收到日期 needs 补正日期, the day the supplement was requested");
        }
        LocalDate extendedOn = cells.date(Column.EXTENDED_ON, false);
        Integer extensionDays = cells.workingDays(Column.EXTENSION_WORKING_DAYS);
        if (!cells.isBlank(Column.EXTENSION_WORKING_DAYS) && cells.isBlank(Column.EXTENDED_ON)) {
            cells.refuse(Column.EXTENDED_ON, "Required", "缺少必填项：延期日期 is required when 延期工作日数 is given");
        }
        for (Column later : List.of(
                Column.DECIDED_ON, Column.SUPPLEMENT_REQUESTED_ON, Column.SUPPLEMENT_RECEIVED_ON, Column.EXTENDED_ON)) {
            cells.notBefore(later, receivedOn);
        }
        String applicationId = idOf(cells, receivedOn, channel, applicantType, subject);
        if (!cells.errors().isEmpty()) {
            return new Read(null, cells.errors());
        }
        List<PlannedRow.Step> steps = new ArrayList<>();
        steps.add(new PlannedRow.Step(
                new ReceiveApplication(applicationId, agencyId, receivedOn, channel, applicantType, subject),
                Map.of(
                        "applicationId", Column.APPLICATION_ID,
                        "receivedOn", Column.RECEIVED_ON,
                        "channel", Column.CHANNEL,
                        "applicantType", Column.APPLICANT_TYPE,
                        "subject", Column.SUBJECT),
                false));
        if (supplementRequestedOn != null) {
            steps.add(new PlannedRow.Step(
                    new RequestSupplement(applicationId, supplementRequestedOn, null),
                    Map.of("requestedOn", Column.SUPPLEMENT_REQUESTED_ON),
                    true));
        }
        if (supplementReceivedOn != null) {
            steps.add(new PlannedRow.Step(
                    new ReceiveSupplement(applicationId, supplementReceivedOn),
                    Map.of("receivedOn", Column.SUPPLEMENT_RECEIVED_ON),
                    true));
        }
        if (extendedOn != null) {
            int days = extensionDays == null ? DEFAULT_EXTENSION_DAYS : extensionDays;
            steps.add(new PlannedRow.Step(
                    new GrantExtension(applicationId, extendedOn, days, EXTENSION_REASON),
                    Map.of("extendedOn", Column.EXTENDED_ON, "workingDays", Column.EXTENSION_WORKING_DAYS),
                    true));
        }
        if (decidedOn != null) {
            steps.add(new PlannedRow.Step(
                    new RecordDecision(applicationId, outcome, decidedOn),
                    Map.of("decidedOn", Column.DECIDED_ON, "outcome", Column.OUTCOME),
                    false));
        }
        return new Read(new PlannedRow(line.row(), applicationId, List.copyOf(steps)), List.of());
    }

    private String idOf(
            Cells cells, LocalDate receivedOn, Channel channel, ApplicantType applicantType, String subject) {
        String given = cells.text(Column.APPLICATION_ID);
        if (given != null) {
            if (!givenIds.add(given)) {
                cells.refuse(
                        Column.APPLICATION_ID,
                        "DuplicateId",
                        "申请编号重复：申请编号 '" + given + "' appears in an earlier row of this file");
            }
            return CANONICAL_UUID.matcher(given).matches()
                    ? given.toLowerCase(java.util.Locale.ROOT)
                    : nameBased("number", agencyId, given);
        }
        String receipt = receivedOn + "|" + channel + "|" + applicantType + "|" + (subject == null ? "" : subject);
        int earlier = equalReceipts.merge(receipt, 1, Integer::sum) - 1;
        return nameBased("row", agencyId, receipt, Integer.toString(earlier));
    }

    private static String nameBased(String... parts) {
        return UUID.nameUUIDFromBytes(("gongkai-import|" + String.join("|", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
