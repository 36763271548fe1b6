package org.gongkai.query.worklist;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.agency.InvalidParameter;
import org.gongkai.query.security.ReadScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The worklist as pages: {@code GET /api/agencies/{id}/worklist?status=&q=&sort=&dir=&page=&size=&scope=&agency=}
 * answers {@code {items, total, page, size, pages, …}}; {@code .csv} and {@code .xlsx} export the same view
 * unpaged. The older {@code /applications} list stays as the contract has it (ADR 0033). The path is checked by the
 * scope interceptor; with {@code scope=subtree} only the agencies the caller may read are listed.
 */
@RestController
class WorklistController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorklistReader reader;
    private final AgencyTree tree;
    private final ReadScope scope;
    private final Clock clock;

    WorklistController(WorklistReader reader, AgencyTree tree, ReadScope scope, Clock clock) {
        this.reader = reader;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/api/agencies/{agencyId}/worklist")
    public WorklistPage page(
            @PathVariable String agencyId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String agency) {
        WorklistQuery query = WorklistQuery.parse(status, q, sort, dir, page, size);
        LocalDate today = LocalDate.now(clock);
        return reader.page(agencies(agencyId, scope, agency, today), query, today);
    }

    @GetMapping({"/api/agencies/{agencyId}/worklist.csv", "/api/agencies/{agencyId}/worklist.xlsx"})
    public ResponseEntity<byte[]> export(
            @PathVariable String agencyId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String agency,
            HttpServletRequest request) {
        WorklistQuery query = WorklistQuery.parse(status, q, sort, dir, null, null);
        LocalDate today = LocalDate.now(clock);
        var lines = WorklistExport.lines(reader.all(agencies(agencyId, scope, agency, today), query, today));
        boolean csv = request.getRequestURI().endsWith(".csv");
        String file = "待办-" + tree.name(agencyId) + "-" + today + (csv ? ".csv" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(csv ? WorklistExport.csv(lines) : WorklistExport.xlsx(lines));
    }

    private List<String> agencies(String agencyId, String scopeParameter, String only, LocalDate today) {
        List<String> covered = tree.covered(agencyId, AgencyTree.Scope.parse(scopeParameter), today);
        if (only != null && !only.isBlank() && !covered.contains(only)) {
            throw new InvalidParameter("agency", "must be an agency covered by '" + agencyId + "'", only);
        }
        Predicate<String> readable = scope.readable();
        return covered.stream()
                .filter(readable)
                .filter(id -> only == null || only.isBlank() || id.equals(only))
                .toList();
    }
}
