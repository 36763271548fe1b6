package org.gongkai.command.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.gongkai.command.agency.RecordDecisionTally;
import org.gongkai.command.agency.RegisterAgency;
import org.gongkai.command.application.ReceiveApplication;
import org.gongkai.command.application.RecordDecision;
import org.gongkai.command.report.DraftNarrative;
import org.gongkai.command.user.DisableUser;
import org.gongkai.command.user.ReassignUser;
import org.gongkai.command.user.RegisterUser;
import org.gongkai.command.user.SetPassword;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.events.report.NarrativeSection;
import org.gongkai.events.user.UserRole;
import org.gongkai.security.SignedInUser;
import org.junit.jupiter.api.Test;

class CommandScopeTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);
    /** county → township-a, township-b; application app-a belongs to township-a. */
    private static final Map<String, String> PARENTS = Map.of("township-a", "county", "township-b", "county");

    private static final Map<String, String> OWNERS = Map.of("app-a", "township-a");

    private final CommandScope scope = new CommandScope(new CommandScope.Ownership() {
        @Override
        public Optional<String> agencyOf(String aggregateId) {
            return Optional.ofNullable(OWNERS.get(aggregateId));
        }

        @Override
        public Optional<String> parentOf(String agencyId) {
            return Optional.ofNullable(PARENTS.get(agencyId));
        }
    });

    private static final SignedInUser ADMIN = new SignedInUser("admin", UserRole.ADMIN, null);
    private static final SignedInUser SUPERVISOR = new SignedInUser("chief", UserRole.SUPERVISOR, "county");
    private static final SignedInUser CLERK_A = new SignedInUser("clerk-a", UserRole.CLERK, "township-a");
    private static final SignedInUser CLERK_B = new SignedInUser("clerk-b", UserRole.CLERK, "township-b");

    @Test
    void letsAClerkRecordFactsOfTheirOwnAgency() {
        assertThatCode(() -> scope.check(CLERK_A, receipt("township-a"))).doesNotThrowAnyException();
        assertThatCode(() -> scope.check(CLERK_A, new RecordDecision("app-a", Outcome.DISCLOSED, DAY)))
                .doesNotThrowAnyException();
        assertThatCode(() -> scope.check(
                        CLERK_A, new RecordDecisionTally("township-a", "t", TallyCategory.PENALTY, DAY, DAY, 1)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAClerkTheFactsOfAnotherAgency() {
        assertThatThrownBy(() -> scope.check(CLERK_B, receipt("township-a")))
                .isInstanceOf(OutOfScope.class)
                .hasFieldOrPropertyWithValue("rule", "OwnAgencyOnly");
        assertThatThrownBy(() -> scope.check(CLERK_B, new RecordDecision("app-a", Outcome.DISCLOSED, DAY)))
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void refusesASupervisorTheRecordingOfFacts() {
        assertThatThrownBy(() -> scope.check(SUPERVISOR, receipt("township-a"))).isInstanceOf(OutOfScope.class);
    }

    @Test
    void letsASupervisorWriteTheNarrativeOfAnyAgencyBelow() {
        assertThatCode(() -> scope.check(SUPERVISOR, narrative("township-a"))).doesNotThrowAnyException();
        assertThatCode(() -> scope.check(SUPERVISOR, narrative("county"))).doesNotThrowAnyException();
    }

    @Test
    void refusesASupervisorTheNarrativeOutsideTheSubtreeAndAClerkAnyNarrative() {
        SignedInUser townshipSupervisor = new SignedInUser("t", UserRole.SUPERVISOR, "township-b");
        assertThatThrownBy(() -> scope.check(townshipSupervisor, narrative("township-a")))
                .hasFieldOrPropertyWithValue("rule", "SupervisedSubtreeOnly");
        assertThatThrownBy(() -> scope.check(CLERK_A, narrative("township-a"))).isInstanceOf(OutOfScope.class);
    }

    @Test
    void keepsTheAgencyRegisterAndUsersToAdministrators() {
        RegisterAgency agency = new RegisterAgency("new", "新机构", "county", null);
        RegisterUser user = new RegisterUser("user:x", "x", UserRole.CLERK, "township-a", "{noop}x");
        assertThatThrownBy(() -> scope.check(SUPERVISOR, agency))
                .hasFieldOrPropertyWithValue("rule", "AdministratorsOnly");
        assertThatThrownBy(() -> scope.check(CLERK_A, user)).isInstanceOf(OutOfScope.class);
        assertThatCode(() -> scope.check(ADMIN, agency)).doesNotThrowAnyException();
        assertThatCode(() -> scope.check(ADMIN, receipt("township-b"))).doesNotThrowAnyException();
    }

    @Test
    void leavesAWriteToAnUnknownApplicationToTheAggregatesNotFound() {
        assertThatCode(() -> scope.check(CLERK_B, new RecordDecision("unknown", Outcome.DISCLOSED, DAY)))
                .doesNotThrowAnyException();
    }

    private static ReceiveApplication receipt(String agency) {
        return new ReceiveApplication("app-new", agency, DAY, Channel.ONLINE, ApplicantType.NATURAL_PERSON, null);
    }

    private static DraftNarrative narrative(String agency) {
        return new DraftNarrative("report:" + agency + ":2024", agency, 2024, NarrativeSection.OVERVIEW, "概述");
    }

    @Test
    void letsEveryUserChooseTheirOwnPasswordButNoOneElses() {
        assertThatCode(() ->
                        scope.check(CLERK_A, new SetPassword("user:clerk-a", "clerk-a", "{bcrypt}x", false, false)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() ->
                        scope.check(CLERK_A, new SetPassword("user:clerk-b", "clerk-b", "{bcrypt}x", false, false)))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(
                        () -> scope.check(SUPERVISOR, new SetPassword("user:chief", "chief", "{bcrypt}x", true, true)))
                .as("setting a password as an administrator would, even one's own")
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void keepsAccountChangesForAdministrators() {
        assertThatThrownBy(() -> scope.check(SUPERVISOR, new DisableUser("user:clerk-a", "clerk-a")))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() ->
                        scope.check(SUPERVISOR, new ReassignUser("user:clerk-a", "clerk-a", UserRole.CLERK, "county")))
                .isInstanceOf(OutOfScope.class);
        assertThatCode(() -> scope.check(ADMIN, new DisableUser("user:clerk-a", "clerk-a")))
                .doesNotThrowAnyException();
    }
}
