package org.gongkai.command.application;

import java.time.LocalDate;
import org.gongkai.command.rejection.Rejection;

/** The applicant cannot be given a supplement deadline that passed before the supplement was even requested. */
public final class SupplementDueBeforeRequest extends Rejection {

    SupplementDueBeforeRequest(LocalDate dueOn, LocalDate requestedOn) {
        super(
                Kind.INVALID_INPUT,
                "dueOn",
                "补正期限不能早于补正通知日期：dueOn " + dueOn + " is before the request of " + requestedOn);
    }
}
