package org.gongkai.command.report;

import org.gongkai.command.rejection.Rejection;

/** Statistics already submitted are changed only by a correction that says why (a new version with a reason). */
public final class CorrectionNeedsReason extends Rejection {

    CorrectionNeedsReason(int submittedVersion) {
        super(
                Kind.INVALID_INPUT,
                "reason",
                "更正已报送的季度统计须说明理由：version " + submittedVersion
                        + " is already submitted; a correction requires a reason");
    }
}
