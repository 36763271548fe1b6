package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/** Only a started consultation can end. */
public final class UnknownConsultation extends Rejection {

    UnknownConsultation(String consultationId) {
        super(Kind.NOT_FOUND, "consultationId", "未找到征求意见：consultation " + consultationId + " was never started");
    }
}
