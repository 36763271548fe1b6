package org.gongkai.query.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.statistics.Quarter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DashboardController {

    private final DashboardReader reader;
    private final AgencyTree tree;
    private final Clock clock;

    DashboardController(DashboardReader reader, AgencyTree tree, Clock clock) {
        this.reader = reader;
        this.tree = tree;
        this.clock = clock;
    }

    /**
     * {@code GET /api/agencies/{id}/dashboard?scope=agency|subtree&year=&quarter=}: the chosen quarter (today's in
     * China by default) beside the same quarter of the year before; the open workload as of today.
     */
    @GetMapping("/api/agencies/{agencyId}/dashboard")
    Dashboard dashboard(
            @PathVariable String agencyId,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String quarter) {
        AgencyTree.Scope parsed = AgencyTree.Scope.parse(scope);
        LocalDate today = LocalDate.now(clock);
        Quarter chosen = DashboardPeriod.chosen(year, quarter, today);
        // A roll-up of an earlier period uses the tree as it stood at that period's end, as the reports do.
        LocalDate treeOn = chosen.end().isBefore(today) ? chosen.end() : today;
        return reader.read(
                agencyId, tree.name(agencyId), parsed, tree.covered(agencyId, parsed, treeOn), chosen, today);
    }
}
