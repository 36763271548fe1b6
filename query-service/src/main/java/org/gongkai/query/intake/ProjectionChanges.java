package org.gongkai.query.intake;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** What one batch changed, collected by the projections while they apply it. */
public final class ProjectionChanges {

    private final Set<String> agencyIds = new TreeSet<>();
    private final boolean intoCopies;

    public ProjectionChanges() {
        this(false);
    }

    ProjectionChanges(boolean intoCopies) {
        this.intoCopies = intoCopies;
    }

    /** Whether the batch goes to a rebuild's copies (ADR 0053): nothing a reader sees changes with it. */
    public boolean intoCopies() {
        return intoCopies;
    }

    public void agencyChanged(String agencyId) {
        if (agencyId != null) {
            agencyIds.add(agencyId);
        }
    }

    public Set<String> agencyIds() {
        return Collections.unmodifiableSet(agencyIds);
    }
}
