package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/**
 * After a 延迟答复 (条例 Art. 35) the agency's own date is in force; an Art. 33 extension would stretch a period that
 * no longer applies. A later date is set by deferring again.
 */
public final class AnswerAlreadyDeferred extends Rejection {

    AnswerAlreadyDeferred(String applicationId) {
        super(
                Kind.CONFLICT,
                null,
                "已决定延迟答复，不能再延长答复期限，如需更改请重新决定延迟答复：the answer of " + applicationId + " was deferred under Art. 35");
    }
}
