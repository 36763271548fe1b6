package org.gongkai.query.intake;

import java.util.Set;

/**
 * Published in the JVM after a batch committed: the agencies whose numbers changed, and how many events the
 * batch applied. Listeners run on the consumer thread and must be quick.
 */
public record ProjectionCommitted(Set<String> agencyIds, int appliedEvents) {}
