package org.gongkai.command.agency;

import java.util.Optional;

/**
 * What the command side knows about the agency tree when it validates a command: which agencies exist and who
 * their parent is. Kept in step with the Agency events in the same transaction (see AgencyDirectoryProjection).
 */
public interface AgencyDirectory {

    boolean isRegistered(String agencyId);

    Optional<String> parentOf(String agencyId);

    /** The agency's current name (issue 20: case numbers start with it), empty when unknown. */
    default Optional<String> nameOf(String agencyId) {
        return Optional.empty();
    }

    /** Throws {@link UnknownAgency} naming {@code field} when the agency was never registered. */
    default void requireRegistered(String field, String agencyId) {
        if (agencyId == null || !isRegistered(agencyId)) {
            throw new UnknownAgency(field, agencyId);
        }
    }
}
