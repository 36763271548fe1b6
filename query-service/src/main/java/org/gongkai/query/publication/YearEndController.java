package org.gongkai.query.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.query.agency.InvalidParameter;
import org.gongkai.query.security.ReadScope;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The year-end job on demand and the worklist of reports still to publish. */
@RestController
class YearEndController {

    private final YearEnd yearEnd;
    private final Worklist worklist;
    private final Clock clock;
    private final ReadScope scope;

    YearEndController(YearEnd yearEnd, Worklist worklist, Clock clock, ReadScope scope) {
        this.scope = scope;
        this.yearEnd = yearEnd;
        this.worklist = worklist;
        this.clock = clock;
    }

    @PostMapping(path = "/api/admin/year-end", produces = MediaType.APPLICATION_JSON_VALUE)
    YearEnd.Result run(@RequestParam(required = false) Integer year) {
        return yearEnd.run(closedYear(year));
    }

    @GetMapping(path = "/api/reports/worklist", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Worklist.Entry> worklist(@RequestParam(required = false) Integer year) {
        var readable = scope.readable();
        return worklist.unpublished(closedYear(year)).stream()
                .filter(e -> readable.test(e.agencyId()))
                .toList();
    }

    /** Default: the year just closed. Any report year from 2019 to the current one may be named. */
    private int closedYear(Integer year) {
        int current = LocalDate.now(clock).getYear();
        int chosen = year == null ? current - 1 : year;
        if (chosen < 2019 || chosen > current) {
            throw new InvalidParameter("year", "must be between 2019 and " + current, chosen);
        }
        return chosen;
    }
}
