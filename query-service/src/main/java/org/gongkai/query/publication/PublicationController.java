package org.gongkai.query.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.frontdoor.CommandServiceClient;
import org.gongkai.query.frontdoor.FrontDoorIdentity;
import org.gongkai.query.report.Report;
import org.gongkai.query.report.ReportService;
import org.gongkai.query.versions.ReportStream;
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
 * Publishing a report (CONTRACT.md §2): the query service freezes the report as it answers it now and has the
 * command service record it (ADR 0009). Also lists the published versions of a report.
 */
@RestController
class PublicationController {

    private final ReportService reports;
    private final ReportStream stream;
    private final AgencyTree tree;
    private final CommandServiceClient commands;
    private final ObjectMapper mapper;
    private final FrontDoorIdentity identity;

    PublicationController(
            ReportService reports,
            ReportStream stream,
            AgencyTree tree,
            CommandServiceClient commands,
            ObjectMapper mapper,
            FrontDoorIdentity identity) {
        this.identity = identity;
        this.reports = reports;
        this.stream = stream;
        this.tree = tree;
        this.commands = commands;
        this.mapper = mapper;
    }

    record Publication(String reason) {}

    /** One published version without its snapshot (read it with {@code ?version=N}). */
    record Version(
            int version,
            String reason,
            java.time.LocalDate publishedOn,
            java.time.Instant publishedAt,
            String publishedBy) {}

    @PostMapping("/api/agencies/{agencyId}/reports/{year}/publication")
    ResponseEntity<byte[]> publish(
            @PathVariable String agencyId,
            @PathVariable int year,
            @RequestParam(required = false) String scope,
            @RequestBody(required = false) Publication body,
            HttpServletRequest request)
            throws JsonProcessingException {
        Report report = reports.annual(agencyId, year, AgencyTree.Scope.parse(scope));
        String snapshot = mapper.writeValueAsString(report.withoutPublication());
        CommandServiceClient.Answer answer = commands.publish(
                agencyId,
                year,
                body == null ? null : body.reason(),
                snapshot,
                identity.signerFor(request, PrincipalAssertion.Purpose.AUTHORED));
        return answer.relayed();
    }

    @GetMapping(
            path = "/api/agencies/{agencyId}/reports/{year}/publications",
            produces = MediaType.APPLICATION_JSON_VALUE)
    List<Version> versions(@PathVariable String agencyId, @PathVariable int year) {
        tree.requireKnown(agencyId);
        return stream.versions(agencyId, year).stream()
                .map(p -> new Version(p.version(), p.reason(), p.publishedOn(), p.recordedAt(), p.publishedBy()))
                .toList();
    }
}
