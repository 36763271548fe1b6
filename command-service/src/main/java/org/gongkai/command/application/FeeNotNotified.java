package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/** A fee can only be paid after it was notified. */
public final class FeeNotNotified extends Rejection {

    FeeNotNotified(String applicationId) {
        super(Kind.CONFLICT, null, "未发出收费通知：no fee notice was issued for " + applicationId);
    }
}
