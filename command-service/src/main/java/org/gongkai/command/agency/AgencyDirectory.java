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

    /**
     * Whether an open agency under {@code parentAgencyId}, other than {@code exceptAgencyId}, is already called
     * {@code name} (exact match after trimming; issue 20 item 4). Only agencies with a parent: the top level holds
     * counties of different provinces' trees, and a closed agency's name may pass to its successor.
     */
    default boolean nameTakenUnder(String parentAgencyId, String name, String exceptAgencyId) {
        return false;
    }

    /** Throws {@link AgencyNameTaken} naming {@code field} when {@link #nameTakenUnder} holds. */
    default void requireNameFree(String field, String parentAgencyId, String name, String exceptAgencyId) {
        if (parentAgencyId != null && name != null && nameTakenUnder(parentAgencyId, name.strip(), exceptAgencyId)) {
            throw new AgencyNameTaken(field, name.strip());
        }
    }

    /** Throws {@link UnknownAgency} naming {@code field} when the agency was never registered. */
    default void requireRegistered(String field, String agencyId) {
        if (agencyId == null || !isRegistered(agencyId)) {
            throw new UnknownAgency(field, agencyId);
        }
    }
}
