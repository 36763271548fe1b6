package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;
import org.gongkai.events.calendar.ClockStatus;

/**
 * 条例 Art. 35 sets a later date instead of the statutory one; while the clock is stopped or paused there is no
 * date in force to replace, so the deferral waits until the clock runs again.
 */
public final class DeferralNeedsARunningClock extends Rejection {

    DeferralNeedsARunningClock(String applicationId, ClockStatus status) {
        super(
                Kind.CONFLICT,
                null,
                "答复期限暂停或中止期间不能决定延迟答复（" + status.label() + "）：the clock of " + applicationId + " is not running ("
                        + status.english() + ")");
    }
}
