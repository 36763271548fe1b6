package org.gongkai.command.application;

import java.util.Optional;

/**
 * Which agency a received application belongs to, for commands of other streams that name an application (a
 * reconsideration or lawsuit about it). Kept in step with the events in the same transaction.
 */
public interface ApplicationDirectory {

    /** The agency of the application, or empty when no application of that id was received. */
    Optional<String> agencyOf(String applicationId);
}
