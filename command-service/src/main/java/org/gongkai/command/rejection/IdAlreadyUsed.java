package org.gongkai.command.rejection;

/**
 * A create was re-sent with a client-supplied id that already names a different fact. The same id with the same
 * body is a safe retry and is answered like the first time; with another body it must be refused.
 */
public final class IdAlreadyUsed extends Rejection {

    public IdAlreadyUsed(String field, String id) {
        super(Kind.CONFLICT, field, "该编号已用于另一条记录：" + field + " " + id + " was already used with a different body");
    }
}
