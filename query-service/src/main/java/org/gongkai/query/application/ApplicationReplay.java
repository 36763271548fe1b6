package org.gongkai.query.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.query.statistics.Period;
import org.gongkai.query.statistics.Quarter;
import org.gongkai.query.statistics.TallyCounts;

/**
 * Replays stored application facts in memory with the same counting rules as the projections
 * ({@link ApplicationCounting}, the processing-fee rules), for reads that recount a subset of the facts, such as
 * the report "as of" a recording time. Feed each application's facts in stream order.
 */
public final class ApplicationReplay {

    private record Cell(Quarter quarter, ApplicantType type, String row) {}

    private record Fee(BigDecimal amountYuan, LocalDate paidOn) {}

    private final Map<String, ApplicationFacts> applications = new HashMap<>();
    private final Map<Cell, Long> tally = new HashMap<>();
    private final Map<String, Fee> fees = new HashMap<>();

    public void apply(ApplicationEvent event) {
        ApplicationFacts current = applications.get(event.applicationId());
        ApplicationCounting.Transition transition = ApplicationCounting.apply(current, event);
        if (transition.next() == null) {
            return; // a fact of an application whose receipt is not among the facts replayed
        }
        applications.put(event.applicationId(), transition.next());
        for (TallyDelta delta : transition.deltas()) {
            tally.merge(new Cell(delta.quarter(), delta.applicantType(), delta.row()), (long) delta.delta(), Long::sum);
        }
        if (event instanceof ProcessingFeeNoticeIssued notice) {
            // the latest notice replaces an earlier one, as in ProcessingFeeProjection
            Fee before = fees.get(notice.applicationId());
            fees.put(notice.applicationId(), new Fee(notice.amountYuan(), before == null ? null : before.paidOn()));
        } else if (event instanceof ProcessingFeePaid paid && fees.containsKey(paid.applicationId())) {
            fees.computeIfPresent(paid.applicationId(), (id, fee) -> new Fee(fee.amountYuan(), paid.paidOn()));
        }
    }

    /** The tally over a period as {@code TallyReader} reads it: flows before the period net out to the opening. */
    public TallyCounts counts(Period period) {
        TallyCounts counts = new TallyCounts();
        tally.forEach((cell, count) -> {
            if (cell.quarter().compareTo(period.first()) < 0) {
                counts.addOpening(cell.type(), TallyCounts.RECEIVED.equals(cell.row()) ? count : -count);
            } else if (cell.quarter().compareTo(period.last()) <= 0) {
                counts.addWithin(cell.type(), cell.row(), count);
            }
        });
        return counts;
    }

    /** The fees paid within a year, counted in the year of payment. */
    public ProcessingFees fees(int year) {
        long charged = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Fee fee : fees.values()) {
            if (fee.paidOn() != null && fee.paidOn().getYear() == year) {
                charged++;
                total = total.add(fee.amountYuan());
            }
        }
        return new ProcessingFees(charged, total);
    }
}
