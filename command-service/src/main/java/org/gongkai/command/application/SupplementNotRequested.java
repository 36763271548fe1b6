package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/** A supplement can only arrive after the agency asked for one. */
public final class SupplementNotRequested extends Rejection {

    SupplementNotRequested(String applicationId) {
        super(Kind.CONFLICT, null, "未要求补正：no supplement was requested for " + applicationId);
    }
}
