package org.gongkai.query.agency;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AgencyController {

    record AgencyView(
            String agencyId, String name, String parentAgencyId, String level, java.time.LocalDate closedOn) {}

    private final AgencyRepository agencies;
    private final ReadableAgencies scope;

    AgencyController(AgencyRepository agencies, ReadableAgencies scope) {
        this.agencies = agencies;
        this.scope = scope;
    }

    @GetMapping("/api/agencies")
    /** The agencies the signed-in user may read (ADR 0011): a clerk sees one, a supervisor a subtree. */
    List<AgencyView> agencies() {
        var readable = scope.readable();
        return agencies.findAllByOrderByAgencyId().stream()
                .filter(a -> readable.test(a.agencyId()))
                .map(a -> new AgencyView(a.agencyId(), a.name(), a.parentAgencyId(), a.level(), a.closedOn()))
                .toList();
    }
}
