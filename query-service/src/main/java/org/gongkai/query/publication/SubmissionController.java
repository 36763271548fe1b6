package org.gongkai.query.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.agency.InvalidParameter;
import org.gongkai.query.frontdoor.CommandServiceClient;
import org.gongkai.query.frontdoor.FrontDoorIdentity;
import org.gongkai.query.report.QuarterlySnapshot;
import org.gongkai.query.report.ReportService;
import org.gongkai.query.security.ReadScope;
import org.gongkai.query.statistics.Quarter;
import org.gongkai.query.versions.Submissions;
import org.gongkai.security.PrincipalAssertion;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Submitting quarterly statistics (季度统计报表) to the supervising level: the query service freezes the quarter's
 * tables and the year to date as it answers them now and has the command service record them, exactly as for
 * annual reports (ADR 0009, ADR 0016). Also lists the submitted versions and the agencies yet to submit.
 */
@RestController
class SubmissionController {

    private final ReportService reports;
    private final Submissions submissions;
    private final SubmissionWorklist worklist;
    private final AgencyTree tree;
    private final CommandServiceClient commands;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final FrontDoorIdentity identity;
    private final ReadScope scope;

    SubmissionController(
            ReportService reports,
            Submissions submissions,
            SubmissionWorklist worklist,
            AgencyTree tree,
            CommandServiceClient commands,
            ObjectMapper mapper,
            Clock clock,
            FrontDoorIdentity identity,
            ReadScope scope) {
        this.identity = identity;
        this.scope = scope;
        this.reports = reports;
        this.submissions = submissions;
        this.worklist = worklist;
        this.tree = tree;
        this.commands = commands;
        this.mapper = mapper;
        this.clock = clock;
    }

    record Submission(String reason) {}

    /** One submitted version without its snapshot (read it with {@code …/statistics?version=N}). */
    record Version(int version, String reason, LocalDate submittedOn, Instant submittedAt, String submittedBy) {}

    @PostMapping("/api/agencies/{agencyId}/statistics/{year}/{quarter}/submission")
    ResponseEntity<byte[]> submit(
            @PathVariable String agencyId,
            @PathVariable int year,
            @PathVariable int quarter,
            @RequestParam(required = false) String scope,
            @RequestBody(required = false) Submission body,
            HttpServletRequest request) {
        AgencyTree.Scope parsed = AgencyTree.Scope.parse(scope);
        ReportService.Statistics statistics = reports.statistics(agencyId, year, quarter, parsed, null);
        String snapshot =
                QuarterlySnapshot.write(mapper, tree.name(agencyId), statistics.quarter(), statistics.yearToDate());
        CommandServiceClient.Answer answer = commands.submit(
                agencyId,
                year,
                quarter,
                body == null ? null : body.reason(),
                snapshot,
                identity.signerFor(request, PrincipalAssertion.Purpose.AUTHORED));
        return answer.relayed();
    }

    @GetMapping(
            path = "/api/agencies/{agencyId}/statistics/{year}/{quarter}/submissions",
            produces = MediaType.APPLICATION_JSON_VALUE)
    List<Version> versions(@PathVariable String agencyId, @PathVariable int year, @PathVariable int quarter) {
        tree.requireKnown(agencyId);
        return submissions.versions(agencyId, year, quarter).stream()
                .map(s -> new Version(s.version(), s.reason(), s.submittedOn(), s.recordedAt(), s.submittedBy()))
                .toList();
    }

    /** The agencies whose statistics of a quarter are not yet submitted; default: the quarter that ended last. */
    @GetMapping(path = "/api/statistics/worklist", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SubmissionWorklist.Entry> worklist(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter) {
        Quarter ended = Quarter.of(LocalDate.now(clock)).previous();
        int chosenYear = year == null ? ended.year() : year;
        int chosenQuarter = quarter == null ? (year == null ? ended.quarter() : 4) : quarter;
        if (chosenQuarter < 1 || chosenQuarter > 4) {
            throw new InvalidParameter("quarter", "must be 1, 2, 3 or 4", chosenQuarter);
        }
        int current = LocalDate.now(clock).getYear();
        if (chosenYear < 2019 || chosenYear > current) {
            throw new InvalidParameter("year", "must be between 2019 and " + current, chosenYear);
        }
        var readable = scope.readable();
        return worklist.unsubmitted(chosenYear, chosenQuarter).stream()
                .filter(e -> readable.test(e.agencyId()))
                .toList();
    }
}
