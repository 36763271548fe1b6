package org.gongkai.query.agency;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AgencyController {

    record AgencyView(String agencyId, String name, String parentAgencyId, String level, java.time.LocalDate closedOn) {
    }

    private final AgencyRepository agencies;

    AgencyController(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/api/agencies")
    List<AgencyView> agencies() {
        return agencies.findAllByOrderByAgencyId().stream()
                .map(a -> new AgencyView(a.agencyId(), a.name(), a.parentAgencyId(), a.level(), a.closedOn()))
                .toList();
    }
}
