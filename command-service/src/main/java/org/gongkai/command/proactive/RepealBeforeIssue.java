package org.gongkai.command.proactive;

import java.time.LocalDate;
import org.gongkai.command.rejection.Rejection;

/** A document cannot be repealed before it was issued. */
public final class RepealBeforeIssue extends Rejection {

    RepealBeforeIssue(LocalDate repealedOn, LocalDate issuedOn) {
        super(
                Kind.INVALID_INPUT,
                "repealedOn",
                "废止日期早于制发日期：repealedOn " + repealedOn + " is before issuedOn " + issuedOn);
    }
}
