package org.gongkai.query.agency;

import java.util.function.Predicate;

/**
 * Which agencies the current caller may read. Declared here and answered by the security package's read scope,
 * which needs the agency tree to answer it: the agency list depends on this interface, not on security, so the
 * two packages do not depend on each other in a cycle.
 */
public interface ReadableAgencies {

    /** The agencies the current user may read; everything for an administrator or an internal caller. */
    Predicate<String> readable();
}
