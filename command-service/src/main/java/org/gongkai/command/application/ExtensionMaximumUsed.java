package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/**
 * 条例 Art. 33: once an application's extensions reach 20 working days in all, no further extension is possible,
 * whatever its length: a conflict with the application's state (409), where a too long one that still has days
 * left is an invalid value ({@link ExtensionLimitExceeded}, 400).
 */
public final class ExtensionMaximumUsed extends Rejection {

    ExtensionMaximumUsed() {
        super(Kind.CONFLICT, "workingDays", "延长期限已用满20个工作日，不能再次延长：the 20 working days of extension are used up");
    }
}
