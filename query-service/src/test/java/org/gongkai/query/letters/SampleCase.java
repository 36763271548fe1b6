package org.gongkai.query.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.SupplementRequested;

/** A case with every kind of letter, decided on a given day with a given outcome. */
final class SampleCase {

    static final String ID = "a-2026-17";
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    private SampleCase() {}

    static List<ApplicationEvent> events(Outcome outcome, LocalDate decidedOn) {
        List<ApplicationEvent> events = new ArrayList<>(List.of(
                new ApplicationReceived(
                        ID,
                        "kupu",
                        RECEIVED,
                        Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON,
                        "2025年度村级财务公开情况",
                        LocalDate.of(2026, 3, 30)),
                new SupplementRequested(ID, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 18)),
                new ConsultationStarted(ID, "c-1", ConsultationParty.THIRD_PARTY, LocalDate.of(2026, 3, 19)),
                new ExtensionGranted(ID, LocalDate.of(2026, 4, 1), 15, "需调取档案", LocalDate.of(2026, 4, 28)),
                new ProcessingFeeNoticeIssued(
                        ID,
                        LocalDate.of(2026, 4, 3),
                        new BigDecimal("4700.00"),
                        FeeScheme.PER_PAGE,
                        // working day 20 after 3 April 2026, counted by hand: 清明 4–6 April and 劳动节 1–5 May off
                        LocalDate.of(2026, 5, 7))));
        if (outcome != null) {
            events.add(new DecisionRecorded(ID, outcome, decidedOn));
        }
        return events;
    }

    static LetterSettings settings() {
        return new LetterSettings("kupu", "托里县库普乡人民政府", "库普依申请公开", "库普乡团结路1号", "工作日9:30至13:30", "托里县人民政府", "托里县人民法院");
    }
}
