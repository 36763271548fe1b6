package org.gongkai.command.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.command.agency.RecordAdministrativeFees;
import org.gongkai.command.agency.RecordDecisionTally;
import org.gongkai.command.agency.RegisterAgency;
import org.gongkai.command.application.CorrectDecision;
import org.gongkai.command.application.ReceiveApplication;
import org.gongkai.command.application.RequestSupplement;
import org.gongkai.command.proactive.IssueRegulatoryDocument;
import org.gongkai.command.rejection.OutsideInputLimits;
import org.gongkai.command.report.DraftNarrative;
import org.gongkai.command.review.FileLawsuit;
import org.gongkai.events.InputLimits;
import org.gongkai.events.InputLimits.Rule;
import org.gongkai.events.InputLimits.Text;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.events.report.NarrativeSection;
import org.gongkai.events.review.LawsuitRoute;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** One test per limit, named as the rule, over real commands; and no command field without a limit. */
class CommandInputLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate DAY = TODAY.minusDays(3);
    private static final String LONGEST_ID = "a".repeat(InputLimits.ID_MAX_LENGTH);

    @Test
    void everyCommandFieldHasALimitOrIsCheckedElsewhere() {
        List<Class<?>> commands = commands();
        assertThat(commands).hasSizeGreaterThan(20);
        for (Class<?> command : commands) {
            for (RecordComponent component : command.getRecordComponents()) {
                assertThatCode(() -> CommandInputLimits.limitOf(command, component))
                        .as(command.getSimpleName() + "." + component.getName())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aFieldWithoutALimitIsAProgrammingError() {
        record Unlimited(@TargetAggregateIdentifier String applicationId, String comment) {}
        assertThatCode(() -> CommandInputLimits.check(new Unlimited("a", "b"), TODAY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unlimited.comment");
    }

    @Test
    void acceptsEveryValueAtItsLimit() {
        assertThatCode(() -> {
                    check(receipt(LONGEST_ID, "主".repeat(Text.SUBJECT.maxLength()), InputLimits.EARLIEST_DATE));
                    check(new RegisterAgency(LONGEST_ID, "机".repeat(Text.NAME.maxLength()), LONGEST_ID, null));
                    check(new RecordDecisionTally(
                            LONGEST_ID, LONGEST_ID, TallyCategory.PENALTY, TODAY, TODAY, InputLimits.MAX_COUNT));
                    check(new RecordAdministrativeFees(LONGEST_ID, LONGEST_ID, DAY, DAY, InputLimits.MAX_YUAN));
                    check(new RequestSupplement(LONGEST_ID, TODAY, InputLimits.latestDate(TODAY)));
                    check(new DraftNarrative(
                            "report:" + LONGEST_ID + ":2025",
                            LONGEST_ID,
                            2025,
                            NarrativeSection.OVERVIEW,
                            "文\n\t".repeat(Text.NARRATIVE.maxLength() / 3)));
                })
                .doesNotThrowAnyException();
    }

    @Test
    void idGrammar() {
        assertRefused(receipt("app 1", null, DAY), "applicationId", Rule.ID_GRAMMAR);
        assertRefused(receipt(LONGEST_ID + "a", null, DAY), "applicationId", Rule.ID_GRAMMAR);
        assertRefused(
                new FileLawsuit("case-1", "county", "", LawsuitRoute.DIRECT, null, DAY),
                "applicationId",
                Rule.ID_GRAMMAR);
        assertRefused(
                new FileLawsuit("case-1", "county", null, LawsuitRoute.AFTER_RECONSIDERATION, "r\u0000", DAY),
                "reconsiderationCaseId",
                Rule.ID_GRAMMAR);
    }

    @Test
    void textTooLong() {
        assertRefused(receipt("app-1", "主".repeat(Text.SUBJECT.maxLength() + 1), DAY), "subject", Rule.TEXT_TOO_LONG);
        assertRefused(
                new IssueRegulatoryDocument(
                        "doc-1", "county", DocumentKind.RULE, "题".repeat(Text.TITLE.maxLength() + 1), null, DAY),
                "title",
                Rule.TEXT_TOO_LONG);
        assertRefused(
                new IssueRegulatoryDocument(
                        "doc-1",
                        "county",
                        DocumentKind.RULE,
                        "规定",
                        "号".repeat(Text.DOCUMENT_NUMBER.maxLength() + 1),
                        DAY),
                "documentNumber",
                Rule.TEXT_TOO_LONG);
        assertRefused(
                new RegisterAgency("county", "机".repeat(Text.NAME.maxLength() + 1), null, null),
                "name",
                Rule.TEXT_TOO_LONG);
    }

    @Test
    void controlCharacter() {
        assertRefused(new RegisterAgency("county", "县\u0000政府", null, null), "name", Rule.CONTROL_CHARACTER);
        assertRefused(
                new CorrectDecision("app-1", Outcome.DISCLOSED, DAY, "理由\uD800"), "reason", Rule.CONTROL_CHARACTER);
    }

    @Test
    void dateOutOfRange() {
        assertRefused(receipt("app-1", null, LocalDate.of(0, 1, 1)), "receivedOn", Rule.DATE_OUT_OF_RANGE);
        assertRefused(
                new RequestSupplement(
                        "app-1", DAY, InputLimits.latestDate(TODAY).plusDays(1)),
                "dueOn",
                Rule.DATE_OUT_OF_RANGE);
    }

    @Test
    void amountOutOfRange() {
        assertRefused(
                new RecordAdministrativeFees("county", "fee-1", DAY, DAY, new BigDecimal("1000000000000000000.00")),
                "amountYuan",
                Rule.AMOUNT_OUT_OF_RANGE);
    }

    @Test
    void countOutOfRange() {
        assertRefused(
                new RecordDecisionTally("county", "tally-1", TallyCategory.LICENSING, DAY, DAY, Long.MAX_VALUE),
                "count",
                Rule.COUNT_OUT_OF_RANGE);
    }

    private static ReceiveApplication receipt(String id, String subject, LocalDate receivedOn) {
        return new ReceiveApplication(id, "county", receivedOn, Channel.ONLINE, ApplicantType.NATURAL_PERSON, subject);
    }

    private static void check(Object command) {
        CommandInputLimits.check(command, TODAY);
    }

    private static void assertRefused(Object command, String field, Rule rule) {
        OutsideInputLimits refused = catchThrowableOfType(OutsideInputLimits.class, () -> check(command));
        assertThat(refused).as(command.toString()).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.rule()).isEqualTo(rule.ruleName());
    }

    /** Every record of the command service with a target aggregate: the commands. */
    private static List<Class<?>> commands() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        return scanner.findCandidateComponents("org.gongkai.command").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .filter(type -> Arrays.stream(type.getRecordComponents())
                        .anyMatch(c -> c.isAnnotationPresent(TargetAggregateIdentifier.class)
                                || fieldAnnotated(type, c.getName())))
                .toList();
    }

    private static boolean fieldAnnotated(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
