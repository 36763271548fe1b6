package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/** After the answer or withdrawal nothing more happens to an application, except a decision correction. */
public final class ApplicationClosed extends Rejection {

    ApplicationClosed(String applicationId) {
        super(
                Kind.CONFLICT,
                null,
                "申请已办结：application " + applicationId + " is closed; only a decision correction is possible");
    }
}
