package org.gongkai.query.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.letter.LetterKind;
import org.junit.jupiter.api.Test;

class LettersDueTest {

    private static final ApplicationReceived RECEIVED = new ApplicationReceived(
            "a-1",
            "kupu",
            LocalDate.of(2026, 3, 2),
            Channel.IN_PERSON,
            ApplicantType.NATURAL_PERSON,
            null,
            LocalDate.of(2026, 3, 30));

    @Test
    void aNewCaseCallsForItsReceiptOnly() {
        assertThat(LettersDue.of(CaseFacts.of(List.of(RECEIVED))))
                .containsExactly(new LettersDue.Due(LetterKind.RECEIPT, LocalDate.of(2026, 3, 2)));
    }

    @Test
    void aCaseWithEveryFactCallsForEveryLetterInOrder() {
        assertThat(LettersDue.of(CaseFacts.of(SampleCase.events(Outcome.DISCLOSED, LocalDate.of(2026, 4, 27)))))
                .extracting(LettersDue.Due::kind)
                .containsExactly(LetterKind.values());
    }

    @Test
    void theAnswerFollowsTheCorrectedDecision() {
        CaseFacts facts = CaseFacts.of(List.of(
                RECEIVED,
                new DecisionRecorded("a-1", Outcome.DISCLOSED, LocalDate.of(2026, 3, 20)),
                new DecisionCorrected("a-1", Outcome.WITHHELD_STATE_SECRET, LocalDate.of(2026, 3, 21), "登记错误")));

        assertThat(facts.outcome()).isEqualTo(Outcome.WITHHELD_STATE_SECRET);
        assertThat(LettersDue.find(facts, LetterKind.ANSWER))
                .contains(new LettersDue.Due(LetterKind.ANSWER, LocalDate.of(2026, 3, 21)));
    }

    @Test
    void aWithdrawalIsAnsweredAsOther() {
        CaseFacts facts = CaseFacts.of(List.of(RECEIVED, new ApplicationWithdrawn("a-1", LocalDate.of(2026, 3, 9))));

        assertThat(facts.outcome()).isEqualTo(Outcome.OTHER);
        assertThat(LettersDue.find(facts, LetterKind.ANSWER)).isPresent();
    }
}
