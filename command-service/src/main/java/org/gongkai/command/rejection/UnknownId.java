package org.gongkai.command.rejection;

/** The request names something (an application, an agency, a case) that was never recorded. */
public final class UnknownId extends Rejection {

    public UnknownId(String field, String id) {
        super(Kind.NOT_FOUND, field, "未找到：" + field + " " + id + " is not known");
    }
}
