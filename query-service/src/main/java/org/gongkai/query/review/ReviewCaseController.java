package org.gongkai.query.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.query.agency.AgencyTree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/agencies/{id}/review-cases}: the reconsideration and lawsuit cases of an agency (or subtree),
 * pending ones first, so that staff can record a conclusion without keeping case ids elsewhere.
 */
@RestController
class ReviewCaseController {

    record ReviewCaseView(
            String caseId,
            String agencyId,
            String kind,
            String applicationId,
            LocalDate filedOn,
            String result,
            LocalDate concludedOn) {}

    private final JdbcTemplate jdbc;
    private final AgencyTree tree;
    private final Clock clock;

    ReviewCaseController(JdbcTemplate jdbc, AgencyTree tree, Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.clock = clock;
    }

    @GetMapping("/api/agencies/{agencyId}/review-cases")
    List<ReviewCaseView> cases(@PathVariable String agencyId, @RequestParam(required = false) String scope) {
        List<String> covered = tree.covered(agencyId, AgencyTree.Scope.parse(scope), LocalDate.now(clock));
        return jdbc.query(
                """
                select case_id, agency_id, kind, application_id, filed_on, result, concluded_on
                from review_case where agency_id = any(?)
                order by concluded_on is not null, filed_on desc, case_id
                """,
                (rs, n) -> new ReviewCaseView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class)),
                (Object) covered.toArray(String[]::new));
    }
}
