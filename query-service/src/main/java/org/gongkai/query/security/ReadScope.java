package org.gongkai.query.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.gongkai.events.user.UserRole;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.agency.ReadableAgencies;
import org.gongkai.query.agency.UnknownAgency;
import org.gongkai.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * What a signed-in user may read (ADR 0011): an administrator everything; a supervisor their agency and every
 * agency below it in the tree as this service knows it today; a clerk their own agency. Lists are filtered with
 * {@link #readable}; a read of one agency or application outside it is a 403 problem — also when the id is
 * unknown, so nobody learns which ids exist outside their scope.
 */
@Component
public class ReadScope implements ReadableAgencies {

    private final AgencyTree tree;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReadScope(AgencyTree tree, JdbcTemplate jdbc, Clock clock) {
        this.tree = tree;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Predicate<String> readable() {
        return SignedInUser.current().map(this::readable).orElse(agency -> true);
    }

    Predicate<String> readable(SignedInUser user) {
        if (user.role() == UserRole.ADMIN) {
            return agency -> true;
        }
        if (user.role() == UserRole.CLERK) {
            return agency -> agency != null && agency.equals(user.agencyId());
        }
        Set<String> subtree = new HashSet<>(subtree(user.agencyId()));
        return subtree::contains;
    }

    /** A read of one agency, alone or ({@code scope=subtree}) with everything below it. */
    void requireReadable(SignedInUser user, String agencyId, boolean wholeSubtree) {
        if (user.role() == UserRole.ADMIN) {
            return;
        }
        Predicate<String> readable = readable(user);
        if (!readable.test(agencyId)) {
            throw outOfScope("OwnScopeOnly", "无权查看：agency '" + agencyId + "' is outside your scope");
        }
        if (wholeSubtree
                && user.role() == UserRole.CLERK
                && !subtree(agencyId).stream().allMatch(readable)) {
            throw outOfScope("OwnScopeOnly", "无权查看：the subtree of '" + agencyId + "' is outside your scope");
        }
    }

    void requireReadableApplication(SignedInUser user, String applicationId) {
        if (user.role() == UserRole.ADMIN) {
            return;
        }
        List<String> agency = jdbc.queryForList(
                "select agency_id from application where application_id = ?", String.class, applicationId);
        if (agency.isEmpty() || !readable(user).test(agency.get(0))) {
            throw outOfScope("OwnScopeOnly", "无权查看：application '" + applicationId + "' is outside your scope");
        }
    }

    /** Publishing a report: an administrator, or a supervisor of the agency or of one above it. */
    void requirePublisher(SignedInUser user, String agencyId) {
        if (user.role() == UserRole.ADMIN) {
            return;
        }
        if (user.role() != UserRole.SUPERVISOR || !readable(user).test(agencyId)) {
            throw outOfScope(
                    "SupervisedSubtreeOnly",
                    "无权发布：only a supervisor of this agency or of an agency " + "above it may publish its report");
        }
    }

    private List<String> subtree(String agencyId) {
        try {
            return tree.covered(agencyId, AgencyTree.Scope.SUBTREE, LocalDate.now(clock));
        } catch (UnknownAgency notYetProjected) {
            return List.of(agencyId);
        }
    }

    static ErrorResponseException outOfScope(String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle(rule);
        problem.setType(org.gongkai.security.Problems.type(rule));
        problem.setProperty("rule", rule);
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
}
