package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/** A consultation ends once. */
public final class ConsultationAlreadyEnded extends Rejection {

    ConsultationAlreadyEnded(String consultationId) {
        super(Kind.CONFLICT, "consultationId", "征求意见已结束：consultation " + consultationId + " has already ended");
    }
}
