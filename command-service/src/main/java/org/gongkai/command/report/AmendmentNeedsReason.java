package org.gongkai.command.report;

import org.gongkai.command.rejection.Rejection;

/** A report already published is changed only by an amendment that says why (a new version with a reason). */
public final class AmendmentNeedsReason extends Rejection {

    AmendmentNeedsReason(int publishedVersion) {
        super(
                Kind.INVALID_INPUT,
                "reason",
                "更正已发布的报告须说明理由：version " + publishedVersion + " is already published; an amendment requires a reason");
    }
}
