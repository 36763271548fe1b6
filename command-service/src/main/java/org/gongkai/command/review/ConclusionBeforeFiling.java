package org.gongkai.command.review;

import java.time.LocalDate;
import org.gongkai.command.rejection.Rejection;

/** A case cannot be concluded before it was filed. */
public final class ConclusionBeforeFiling extends Rejection {

    ConclusionBeforeFiling(LocalDate concludedOn, LocalDate filedOn) {
        super(
                Kind.INVALID_INPUT,
                "concludedOn",
                "审结日期早于受理日期：concludedOn " + concludedOn + " is before filedOn " + filedOn);
    }
}
