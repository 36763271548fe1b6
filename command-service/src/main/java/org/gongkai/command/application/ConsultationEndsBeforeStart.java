package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/** A consultation cannot end before it started. */
public final class ConsultationEndsBeforeStart extends Rejection {

    ConsultationEndsBeforeStart(java.time.LocalDate endedOn, java.time.LocalDate startedOn) {
        super(Kind.INVALID_INPUT, "endedOn", "结束日期早于开始日期：endedOn " + endedOn + " is before startedOn " + startedOn);
    }
}
