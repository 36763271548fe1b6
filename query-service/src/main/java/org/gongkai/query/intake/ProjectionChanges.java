package org.gongkai.query.intake;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** What one batch changed, collected by the projections while they apply it. */
public final class ProjectionChanges {

    private final Set<String> agencyIds = new TreeSet<>();

    public void agencyChanged(String agencyId) {
        if (agencyId != null) {
            agencyIds.add(agencyId);
        }
    }

    public Set<String> agencyIds() {
        return Collections.unmodifiableSet(agencyIds);
    }
}
