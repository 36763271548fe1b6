package org.gongkai.query.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.intake.ProjectionRebuild;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DashboardController {

    private final DashboardReader reader;
    private final AgencyTree tree;
    private final ProjectionRebuild rebuild;
    private final Clock clock;

    DashboardController(DashboardReader reader, AgencyTree tree, ProjectionRebuild rebuild, Clock clock) {
        this.reader = reader;
        this.tree = tree;
        this.rebuild = rebuild;
        this.clock = clock;
    }

    /** {@code GET /api/agencies/{id}/dashboard?scope=agency|subtree}, as of today in China. */
    @GetMapping("/api/agencies/{agencyId}/dashboard")
    Dashboard dashboard(@PathVariable String agencyId, @RequestParam(required = false) String scope) {
        rebuild.requireComplete();
        AgencyTree.Scope parsed = AgencyTree.Scope.parse(scope);
        LocalDate today = LocalDate.now(clock);
        return reader.read(agencyId, parsed, tree.covered(agencyId, parsed, today), today);
    }
}
