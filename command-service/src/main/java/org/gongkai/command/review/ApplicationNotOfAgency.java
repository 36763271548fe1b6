package org.gongkai.command.review;

import org.gongkai.command.rejection.Rejection;

/**
 * A review case may name an application only if that application was received by the same agency. An unknown
 * application and one of another agency get the same answer, so the answer does not tell a clerk which ids
 * another agency uses.
 */
public final class ApplicationNotOfAgency extends Rejection {

    ApplicationNotOfAgency(String applicationId, String agencyId) {
        super(
                Kind.INVALID_INPUT,
                "applicationId",
                "该机关没有此申请：applicationId " + applicationId + " is not an application received by agency " + agencyId);
    }
}
