package org.gongkai.query.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.events.application.ConsultationParty;
import org.gongkai.events.letter.LetterKind;

/**
 * Which letters a case's facts call for, and the date each bears: the date of the fact it tells of (a receipt on
 * the receipt date, the answer on the decision date), so a letter printed again later still bears its own date.
 */
final class LettersDue {

    /** A letter the facts call for and its date. */
    record Due(LetterKind kind, LocalDate date) {}

    private LettersDue() {}

    static List<Due> of(CaseFacts facts) {
        List<Due> due = new ArrayList<>();
        if (!facts.received()) {
            return due;
        }
        due.add(new Due(LetterKind.RECEIPT, facts.receivedOn()));
        if (facts.supplement() != null) {
            due.add(new Due(LetterKind.SUPPLEMENT_NOTICE, facts.supplement().requestedOn()));
        }
        if (facts.extension() != null) {
            due.add(new Due(LetterKind.EXTENSION_NOTICE, facts.extension().extendedOn()));
        }
        if (facts.consultation() != null) {
            due.add(new Due(LetterKind.CONSULTATION_LETTER, facts.consultation().startedOn()));
            if (facts.consultationParty() == ConsultationParty.THIRD_PARTY
                    || facts.consultationParty() == ConsultationParty.OTHER_AGENCY) {
                due.add(new Due(
                        LetterKind.CONSULTATION_NOTICE, facts.consultation().startedOn()));
            }
        }
        if (facts.fee() != null) {
            due.add(new Due(LetterKind.FEE_NOTICE, facts.fee().issuedOn()));
        }
        if (facts.outcome() != null) {
            due.add(new Due(LetterKind.ANSWER, facts.closedOn()));
        }
        return due;
    }

    static Optional<Due> find(CaseFacts facts, LetterKind kind) {
        return of(facts).stream().filter(d -> d.kind() == kind).findFirst();
    }
}
