package org.gongkai.events.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fact of an application's history that moves its statutory clock, with its business date. A history starts
 * with exactly one {@link Received} and lists facts in the order they happened; {@link ClockFacts#of} derives one
 * from the application's events.
 */
public sealed interface ClockFact {

    /** The business date of the fact. */
    LocalDate on();

    /** The agency received the application (receipt date per 条例 Art. 31 and DOMAIN.md §6.3). */
    record Received(LocalDate on) implements ClockFact {
        public Received {
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * The agency asked for a supplement (补正, 条例 Art. 30) and the clock stopped.
     *
     * @param deadline the deadline the agency gave, or {@code null} when it gave none
     *                 (then {@link StatutoryClock#defaultSupplementDueOn} applies)
     */
    record SupplementRequested(LocalDate on, LocalDate deadline) implements ClockFact {
        public SupplementRequested {
            Objects.requireNonNull(on, "on");
        }

        public SupplementRequested(LocalDate on) {
            this(on, null);
        }
    }

    /** The supplement arrived: the 20 working days restart (条例 Art. 30). */
    record SupplementReceived(LocalDate on) implements ClockFact {
        public SupplementReceived {
            Objects.requireNonNull(on, "on");
        }
    }

    /** The answer period was extended by {@code workingDays} (条例 Art. 33 para. 1). */
    record ExtensionGranted(LocalDate on, int workingDays) implements ClockFact {
        public ExtensionGranted {
            Objects.requireNonNull(on, "on");
            if (workingDays < 1) {
                throw new IllegalArgumentException("an extension has at least one working day: " + workingDays);
            }
        }
    }

    /** A consultation of a third party (Art. 32) or another agency (Art. 34) started; its time does not count. */
    record ConsultationStarted(String consultationId, LocalDate on) implements ClockFact {
        public ConsultationStarted {
            Objects.requireNonNull(consultationId, "consultationId");
            Objects.requireNonNull(on, "on");
        }
    }

    /** The consultation with this id ended. */
    record ConsultationEnded(String consultationId, LocalDate on) implements ClockFact {
        public ConsultationEnded {
            Objects.requireNonNull(consultationId, "consultationId");
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * The agency notified an information-processing fee: from the notice through the payment the time does not
     * count (国办函〔2020〕109号, see ADR 0030); the clock waits for the payment.
     */
    record FeeNotified(LocalDate on) implements ClockFact {
        public FeeNotified {
            Objects.requireNonNull(on, "on");
        }
    }

    /** The applicant paid the notified fee: the working days from the notice through this day are added. */
    record FeePaid(LocalDate on) implements ClockFact {
        public FeePaid {
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * 延迟答复 (条例 Art. 35): the agency set a later, reasonable answer date for an excessive request; it replaces
     * the date in force.
     */
    record AnswerDeferred(LocalDate on, LocalDate dueOn) implements ClockFact {
        public AnswerDeferred {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(dueOn, "dueOn");
        }
    }
}
