package org.gongkai.query.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which agencies a read covers, read from the closure table (ADR 0043). A roll-up uses the tree as it stands on one date, the last day of the period
 * read: an agency moved during a year counts wholly under its new parent for that year (and for the quarter of
 * the move onwards). One tree per period keeps every identity of the table for the sum, which a split at the
 * move date would break (the moved unit's carry-over would enter or leave the subtree mid-period).
 */
@Component
public class AgencyTree {

    /** What a read covers: the agency alone (default) or the agency and every agency below it. */
    public enum Scope {
        AGENCY,
        SUBTREE;

        public static Scope parse(String value) {
            if (value == null || value.isBlank() || value.equalsIgnoreCase("agency")) {
                return AGENCY;
            }
            if (value.equalsIgnoreCase("subtree")) {
                return SUBTREE;
            }
            throw new InvalidParameter("scope", "must be 'agency' or 'subtree'", value);
        }
    }

    /**
     * What a report on one date sums: all {@code agencies} covered; for a subtree, {@code rolledUpUnder} names the
     * agency whose {@code tally_rollup} holds the tallies of all of them but {@code summedLive} (itself and any
     * agency under it only for a while, after or before a move).
     */
    public record Coverage(List<String> agencies, String rolledUpUnder, List<String> summedLive) {}

    private final AgencyRepository agencies;
    private final AgencyClosure closure;

    AgencyTree(AgencyRepository agencies, AgencyClosure closure) {
        this.agencies = agencies;
        this.closure = closure;
    }

    /** Fails with 404 when the agency is unknown. */
    public void requireKnown(String agencyId) {
        if (!agencies.existsById(agencyId)) {
            throw new UnknownAgency(agencyId);
        }
    }

    /** The agency's current name, as printed in a report's title and signature. */
    public String name(String agencyId) {
        return agencies.findById(agencyId).map(AgencyEntity::name).orElseThrow(() -> new UnknownAgency(agencyId));
    }

    /** The agency and, for a subtree, every agency below it in the tree in force on {@code on}. */
    public List<String> covered(String agencyId, Scope scope, LocalDate on) {
        requireKnown(agencyId);
        if (scope == Scope.AGENCY) {
            return List.of(agencyId);
        }
        return withItself(agencyId, closure.subtree(agencyId, on));
    }

    /** As {@link #covered}, with what a tally read takes from the roll-up and what it sums agency by agency. */
    public Coverage coverage(String agencyId, Scope scope, LocalDate on) {
        List<String> covered = covered(agencyId, scope, on);
        if (scope == Scope.AGENCY) {
            return new Coverage(covered, null, covered);
        }
        return new Coverage(covered, agencyId, withItself(agencyId, closure.notRolledUp(agencyId, on)));
    }

    /** The agencies whose reports (of any scope, any date) may sum one of the given ones: they and all above. */
    public Set<String> everAbove(Collection<String> agencyIds) {
        return closure.everAbove(agencyIds);
    }

    /** An agency known only by its rows elsewhere (no closure row yet) still covers itself, as it always did. */
    private static List<String> withItself(String agencyId, List<String> agencies) {
        if (agencies.contains(agencyId)) {
            return agencies;
        }
        List<String> with = new ArrayList<>(agencies.size() + 1);
        with.add(agencyId);
        with.addAll(agencies);
        return with;
    }
}
