package org.gongkai.command.agency;

import org.gongkai.command.rejection.Rejection;

/** Facts are recorded for registered agencies only, and an agency hangs under a registered parent. */
public final class UnknownAgency extends Rejection {

    public UnknownAgency(String field, String agencyId) {
        super(Kind.NOT_FOUND, field, "未找到机关：" + field + " " + agencyId + " is not a registered agency");
    }
}
