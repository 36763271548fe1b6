package org.gongkai.command.agency;

import org.gongkai.command.rejection.Rejection;

/** The agency tree is a tree: a move may not put an agency under itself or under one of its descendants. */
public final class AgencyCannotBeItsOwnAncestor extends Rejection {

    AgencyCannotBeItsOwnAncestor(String agencyId, String parentAgencyId) {
        super(
                Kind.CONFLICT,
                "parentAgencyId",
                "机关不能隶属于自身或其下级：moving " + agencyId + " under " + parentAgencyId + " would make it its own ancestor");
    }
}
