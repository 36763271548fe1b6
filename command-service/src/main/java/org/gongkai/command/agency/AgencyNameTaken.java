package org.gongkai.command.agency;

import org.gongkai.command.rejection.Rejection;

/**
 * Two open agencies of one name under one parent cannot be told apart in a picker, a report heading or a case
 * number's prefix (issue 20 item 4). Exact match after trimming; a closed agency's name is free again.
 */
public final class AgencyNameTaken extends Rejection {

    AgencyNameTaken(String field, String name) {
        super(Kind.CONFLICT, field, "同一上级机关下已有同名机关：an open agency under this parent is already named " + name);
    }
}
