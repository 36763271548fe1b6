package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/** Only a recorded decision can be corrected. */
public final class ApplicationNotClosed extends Rejection {

    ApplicationNotClosed(String applicationId) {
        super(Kind.CONFLICT, null, "申请尚未办结，无需更正：application " + applicationId + " has no decision to correct");
    }
}
