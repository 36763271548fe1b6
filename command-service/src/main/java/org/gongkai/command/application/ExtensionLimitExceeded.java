package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/** 条例 Art. 33: extensions of one application total at most 20 working days. */
public final class ExtensionLimitExceeded extends Rejection {

    ExtensionLimitExceeded(int requested, int alreadyGranted) {
        super(
                Kind.INVALID_INPUT,
                "workingDays",
                "延长期限合计不得超过20个工作日：" + requested + " more working days would exceed 20 (already " + alreadyGranted
                        + ")");
    }
}
