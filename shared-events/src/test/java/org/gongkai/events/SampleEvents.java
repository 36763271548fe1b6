package org.gongkai.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.agency.AgencyClosed;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyMoved;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.agency.AgencyRenamed;
import org.gongkai.events.agency.LetterSettingsSet;
import org.gongkai.events.agency.QuarterlyDeadlineSet;
import org.gongkai.events.application.AnswerDeferred;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.ConsultationEnded;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.events.application.SupplementReceived;
import org.gongkai.events.application.SupplementRequested;
import org.gongkai.events.letter.LetterKind;
import org.gongkai.events.letter.LetterNumberAllocated;
import org.gongkai.events.proactive.AdministrativeFeesRecorded;
import org.gongkai.events.proactive.DecisionTallyRecorded;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.events.report.NarrativeDrafted;
import org.gongkai.events.report.NarrativeSection;
import org.gongkai.events.report.QuarterlyStatisticsSubmitted;
import org.gongkai.events.report.ReportPublished;
import org.gongkai.events.review.LawsuitConcluded;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;
import org.gongkai.events.review.ReviewResult;
import org.gongkai.events.user.UserDisabled;
import org.gongkai.events.user.UserEnabled;
import org.gongkai.events.user.UserPasswordChanged;
import org.gongkai.events.user.UserReassigned;
import org.gongkai.events.user.UserRegistered;
import org.gongkai.events.user.UserRole;

/** One realistic instance of every event type: what the golden files must read back as. */
final class SampleEvents {

    static final String AGENCY = "kupu-township";
    static final String APPLICATION = "7d0c3a8e-5b1f-4c52-9a57-1f2e3d4c5b6a";
    static final LocalDate DAY = LocalDate.of(2024, 9, 27);

    private SampleEvents() {}

    static List<Record> all() {
        return List.of(
                new AgencyRegistered(AGENCY, "托里县库普乡人民政府", "toli-county", AgencyLevel.TOWNSHIP),
                new AgencyRenamed(AGENCY, "托里县库普镇人民政府", DAY),
                new AgencyMoved(AGENCY, "tacheng-prefecture", DAY),
                new AgencyClosed(AGENCY, DAY),
                new QuarterlyDeadlineSet(AGENCY, 10),
                new ApplicationReceived(
                        APPLICATION,
                        AGENCY,
                        DAY,
                        Channel.REGISTERED_MAIL,
                        ApplicantType.NATURAL_PERSON,
                        "2023年度村级财务公开情况",
                        LocalDate.of(2024, 11, 1),
                        "库普〔2024〕第12号",
                        // the applicant key's pseudonym (HMAC-SHA256, hex), never the key
                        "5c1f0a3e9b7d2c4f6a8e0b1d3c5f7a9e2b4d6f8a0c2e4b6d8f0a1c3e5b7d9f1a"),
                new DecisionRecorded(APPLICATION, Outcome.PARTIALLY_DISCLOSED, LocalDate.of(2024, 10, 30)),
                new DecisionCorrected(APPLICATION, Outcome.DISCLOSED, LocalDate.of(2024, 10, 30), "登记错误"),
                new ApplicationWithdrawn(APPLICATION, LocalDate.of(2024, 10, 8)),
                new SupplementRequested(APPLICATION, LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 15)),
                new SupplementReceived(APPLICATION, LocalDate.of(2024, 10, 10), LocalDate.of(2024, 11, 7)),
                new ExtensionGranted(APPLICATION, LocalDate.of(2024, 10, 28), 20, "需调取档案", LocalDate.of(2024, 11, 29)),
                new ConsultationStarted(APPLICATION, "c-1", ConsultationParty.THIRD_PARTY, LocalDate.of(2024, 10, 9)),
                new ConsultationEnded(APPLICATION, "c-1", LocalDate.of(2024, 10, 11), LocalDate.of(2024, 11, 6)),
                new ProcessingFeeNoticeIssued(
                        APPLICATION,
                        LocalDate.of(2024, 10, 9),
                        new BigDecimal("1080.00"),
                        FeeScheme.PER_PAGE,
                        LocalDate.of(2024, 11, 6)),
                new ProcessingFeePaid(APPLICATION, LocalDate.of(2024, 10, 12), LocalDate.of(2024, 11, 8)),
                new AnswerDeferred(APPLICATION, LocalDate.of(2024, 10, 28), "申请数量明显超过合理范围", LocalDate.of(2024, 12, 31)),
                new ReconsiderationFiled("r-1", AGENCY, APPLICATION, LocalDate.of(2024, 12, 2)),
                new ReconsiderationConcluded("r-1", ReviewResult.CORRECTED, LocalDate.of(2025, 1, 20)),
                new LawsuitFiled(
                        "l-1",
                        AGENCY,
                        APPLICATION,
                        LawsuitRoute.AFTER_RECONSIDERATION,
                        "r-1",
                        LocalDate.of(2025, 2, 10)),
                new LawsuitConcluded("l-1", ReviewResult.UPHELD, LocalDate.of(2025, 6, 3)),
                new RegulatoryDocumentIssued(
                        "d-1", AGENCY, DocumentKind.NORMATIVE_DOCUMENT, "库普乡村规民约管理办法", "库政发〔2024〕3号", DAY),
                new RegulatoryDocumentRepealed("d-1", AGENCY, LocalDate.of(2025, 3, 1)),
                new DecisionTallyRecorded(
                        "t-1",
                        AGENCY,
                        TallyCategory.LICENSING,
                        LocalDate.of(2024, 7, 1),
                        LocalDate.of(2024, 9, 30),
                        447228),
                new AdministrativeFeesRecorded(
                        "f-1",
                        AGENCY,
                        LocalDate.of(2024, 7, 1),
                        LocalDate.of(2024, 9, 30),
                        new BigDecimal("242523110.82")),
                new NarrativeDrafted(
                        "report:" + AGENCY + ":2024",
                        AGENCY,
                        2024,
                        NarrativeSection.PROBLEMS,
                        "一是政府信息公开申请答复规范性有待提高；二是政务公开培训覆盖面不够。",
                        2),
                new ReportPublished(
                        "report:" + AGENCY + ":2024",
                        AGENCY,
                        2024,
                        2,
                        "补录一件2024年12月的答复",
                        "{\"agencyId\":\"kupu-township\",\"year\":2024,\"format\":\"2021\"}",
                        LocalDate.of(2025, 2, 10)),
                new QuarterlyStatisticsSubmitted(
                        "statistics:" + AGENCY + ":2024:Q3",
                        AGENCY,
                        2024,
                        3,
                        1,
                        null,
                        "{\"quarter\":{\"agencyId\":\"kupu-township\",\"year\":2024,\"quarter\":3}}",
                        LocalDate.of(2024, 10, 8)),
                new UserRegistered(
                        "kupu-clerk",
                        UserRole.CLERK,
                        AGENCY,
                        "{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG"),
                // branch users (issue 20)
                new UserReassigned("kupu-clerk", UserRole.SUPERVISOR, AGENCY, "admin"),
                new UserDisabled("kupu-clerk", "admin"),
                new UserEnabled("kupu-clerk", "admin"),
                new UserPasswordChanged(
                        "kupu-clerk",
                        "{bcrypt}$2a$10$Jm0Tq0s3Qk6mJ8yYkq1cUe3m3nF2mJ4p1vC0lq7m8d5qkqH1Zr6yK",
                        true,
                        "admin"),
                // branch letters (issue 16)
                new LetterSettingsSet(
                        AGENCY,
                        "托里县库普乡人民政府",
                        "库普依申请公开",
                        "托里县库普乡人民政府办公室（库普乡团结路1号）",
                        "工作日 9:30–13:30，16:00–19:30",
                        "托里县人民政府",
                        "托里县人民法院"),
                new LetterNumberAllocated(
                        LetterNumberAllocated.registerOf(AGENCY, 2024, LetterKind.ANSWER),
                        AGENCY,
                        2024,
                        LetterKind.ANSWER,
                        APPLICATION,
                        3));
    }
}
