package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/** 条例 Art. 30: the agency asks for a supplement once. */
public final class SupplementAlreadyRequested extends Rejection {

    SupplementAlreadyRequested(String applicationId) {
        super(Kind.CONFLICT, null, "已要求补正，只能要求一次：a supplement was already requested for " + applicationId);
    }
}
