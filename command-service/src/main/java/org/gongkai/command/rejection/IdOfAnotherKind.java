package org.gongkai.command.rejection;

/**
 * A create names an id that a fact of another kind already uses (an application's id for a review case, say).
 * Ids are one space across kinds in the event store (ADR 0006), so the id cannot be given to this record.
 */
public final class IdOfAnotherKind extends Rejection {

    public IdOfAnotherKind(String field, String id) {
        super(Kind.CONFLICT, field, "该编号已用于另一类记录：" + field + " " + id + " already names a record of another kind");
    }
}
