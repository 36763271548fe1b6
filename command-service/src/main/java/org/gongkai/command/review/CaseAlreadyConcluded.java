package org.gongkai.command.review;

import org.gongkai.command.rejection.Rejection;

/** A case has one result: table 四 counts it once, in the period of its conclusion. */
public final class CaseAlreadyConcluded extends Rejection {

    CaseAlreadyConcluded(String caseId) {
        super(Kind.CONFLICT, null, "案件已审结：case " + caseId + " is already concluded");
    }
}
