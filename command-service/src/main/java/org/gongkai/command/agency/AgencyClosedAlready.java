package org.gongkai.command.agency;

import org.gongkai.command.rejection.Rejection;

/** A closed agency records nothing new and closes only once. */
public final class AgencyClosedAlready extends Rejection {

    AgencyClosedAlready(String agencyId) {
        super(Kind.CONFLICT, null, "机关已撤销：agency " + agencyId + " is closed");
    }
}
