package org.gongkai.query.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.gongkai.events.user.UserRole;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.ErrorResponseException;

class ReadScopeTest {

    private final AgencyTree tree = mock(AgencyTree.class);
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final ReadScope scope =
            new ReadScope(tree, jdbc, Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

    private static final SignedInUser SUPERVISOR = new SignedInUser("chief", UserRole.SUPERVISOR, "county");
    private static final SignedInUser CLERK_A = new SignedInUser("clerk-a", UserRole.CLERK, "town-a");

    ReadScopeTest() {
        when(tree.covered(eq("county"), eq(AgencyTree.Scope.SUBTREE), any()))
                .thenReturn(List.of("county", "town-a", "town-b"));
        when(tree.covered(eq("town-a"), eq(AgencyTree.Scope.SUBTREE), any())).thenReturn(List.of("town-a"));
        when(tree.covered(eq("county-office"), eq(AgencyTree.Scope.SUBTREE), any()))
                .thenReturn(List.of("county-office", "town-a"));
    }

    @Test
    void letsASupervisorReadTheWholeSubtreeAndNothingElse() {
        assertThat(scope.readable(SUPERVISOR).test("town-b")).isTrue();
        assertThat(scope.readable(SUPERVISOR).test("county")).isTrue();
        assertThat(scope.readable(SUPERVISOR).test("other-county")).isFalse();
    }

    @Test
    void letsAClerkReadTheirAgencyOnly() {
        assertThatCode(() -> scope.requireReadable(CLERK_A, "town-a", false)).doesNotThrowAnyException();
        assertThatCode(() -> scope.requireReadable(CLERK_A, "town-a", true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> scope.requireReadable(CLERK_A, "town-b", false))
                .isInstanceOf(ErrorResponseException.class)
                .satisfies(e -> assertThat(
                                ((ErrorResponseException) e).getStatusCode().value())
                        .isEqualTo(403));
    }

    @Test
    void refusesPublishingToClerksAndOutsideTheSupervisedSubtree() {
        assertThatCode(() -> scope.requirePublisher(SUPERVISOR, "town-a")).doesNotThrowAnyException();
        assertThatThrownBy(() -> scope.requirePublisher(SUPERVISOR, "other-county"))
                .isInstanceOf(ErrorResponseException.class);
        assertThatThrownBy(() -> scope.requirePublisher(CLERK_A, "town-a")).isInstanceOf(ErrorResponseException.class);
    }

    @Test
    void refusesAnUnknownApplicationLikeOneOutOfScope() {
        when(jdbc.queryForList(any(String.class), eq(String.class), eq("nowhere")))
                .thenReturn(List.of());
        assertThatThrownBy(() -> scope.requireReadableApplication(CLERK_A, "nowhere"))
                .isInstanceOf(ErrorResponseException.class);
    }
}
