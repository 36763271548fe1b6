package org.gongkai.command.user;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.TestResources;
import org.gongkai.command.agency.UnknownAgency;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.events.user.UserDisabled;
import org.gongkai.events.user.UserEnabled;
import org.gongkai.events.user.UserEvent;
import org.gongkai.events.user.UserPasswordChanged;
import org.gongkai.events.user.UserReassigned;
import org.gongkai.events.user.UserRegistered;
import org.gongkai.events.user.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final String CLERK = "kupu-clerk";
    private static final String CLERK_ID = UserEvent.userId(CLERK);
    private static final String ADMIN_ID = UserEvent.userId("admin");
    private static final Map<String, String> BY_ADMIN = Map.of(User.RECORDED_BY, "admin");

    private FixtureConfiguration<User> fixture;
    /** The enabled administrators the directory knows, other than the one a command names. */
    private Set<String> enabledAdministrators = Set.of("admin", "deputy");

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        Map<String, String> tree = new HashMap<>();
        tree.put("county", null);
        tree.put("kupu", "county");
        TestResources.register(fixture, tree);
        fixture.registerInjectableResource(new UserAccounts() {
            @Override
            public Optional<Account> find(String username) {
                return Optional.empty();
            }

            @Override
            public boolean anyAdministrator() {
                return !enabledAdministrators.isEmpty();
            }

            @Override
            public boolean anotherEnabledAdministrator(String username) {
                return enabledAdministrators.stream().anyMatch(name -> !name.equals(username));
            }
        });
    }

    private static UserRegistered clerk() {
        return new UserRegistered(CLERK, UserRole.CLERK, "kupu", "{bcrypt}old");
    }

    private static UserRegistered admin() {
        return new UserRegistered("admin", UserRole.ADMIN, null, "{bcrypt}admin");
    }

    @Test
    void givesAUserAnotherRoleAndAgencyNamingWhoDidIt() {
        fixture.given(clerk())
                .when(new ReassignUser(CLERK_ID, CLERK, UserRole.SUPERVISOR, "county"), BY_ADMIN)
                .expectEvents(new UserReassigned(CLERK, UserRole.SUPERVISOR, "county", "admin"));
    }

    @Test
    void treatsTheSameRoleAndAgencyAgainAsARetry() {
        fixture.given(clerk())
                .when(new ReassignUser(CLERK_ID, CLERK, UserRole.CLERK, "kupu"), BY_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAReassignmentToAnUnknownAgency() {
        fixture.given(clerk())
                .when(new ReassignUser(CLERK_ID, CLERK, UserRole.CLERK, "nowhere"), BY_ADMIN)
                .expectException(UnknownAgency.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnAgencyForAnAdministrator() {
        fixture.given(clerk())
                .when(new ReassignUser(CLERK_ID, CLERK, UserRole.ADMIN, "kupu"), BY_ADMIN)
                .expectException(InvalidValue.class)
                .expectNoEvents();
    }

    @Test
    void refusesToChangeAUserWhoWasNeverRegistered() {
        fixture.givenNoPriorActivity()
                .when(new ReassignUser(CLERK_ID, CLERK, UserRole.CLERK, "kupu"), BY_ADMIN)
                .expectException(UnknownUser.class)
                .expectNoEvents();
    }

    @Test
    void refusesToGiveTheLastAdministratorAnotherRole() {
        enabledAdministrators = Set.of("admin");
        fixture.given(admin())
                .when(new ReassignUser(ADMIN_ID, "admin", UserRole.SUPERVISOR, "county"), Map.of(User.RECORDED_BY, "x"))
                .expectException(LastAdministrator.class)
                .expectNoEvents();
    }

    @Test
    void letsAnAdministratorStepDownWhileAnotherRemains() {
        fixture.given(admin())
                .when(new ReassignUser(ADMIN_ID, "admin", UserRole.SUPERVISOR, "county"), BY_ADMIN)
                .expectEvents(new UserReassigned("admin", UserRole.SUPERVISOR, "county", "admin"));
    }

    @Test
    void disablesAUserWhoLeaves() {
        fixture.given(clerk())
                .when(new DisableUser(CLERK_ID, CLERK), BY_ADMIN)
                .expectEvents(new UserDisabled(CLERK, "admin"));
    }

    @Test
    void treatsASecondDisablingAsARetry() {
        fixture.given(clerk(), new UserDisabled(CLERK, "admin"))
                .when(new DisableUser(CLERK_ID, CLERK), BY_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAnAdministratorDisablingThemself() {
        fixture.given(admin())
                .when(new DisableUser(ADMIN_ID, "admin"), BY_ADMIN)
                .expectException(CannotDisableSelf.class)
                .expectNoEvents();
    }

    @Test
    void refusesToDisableTheLastEnabledAdministrator() {
        enabledAdministrators = Set.of("admin");
        fixture.given(admin())
                .when(new DisableUser(ADMIN_ID, "admin"), Map.of(User.RECORDED_BY, "system"))
                .expectException(LastAdministrator.class)
                .expectNoEvents();
    }

    @Test
    void disablesAnAdministratorWhileAnotherRemains() {
        fixture.given(admin())
                .when(new DisableUser(ADMIN_ID, "admin"), Map.of(User.RECORDED_BY, "deputy"))
                .expectEvents(new UserDisabled("admin", "deputy"));
    }

    @Test
    void refusesToDisableAnUnknownUser() {
        fixture.givenNoPriorActivity()
                .when(new DisableUser(CLERK_ID, CLERK), BY_ADMIN)
                .expectException(UnknownUser.class)
                .expectNoEvents();
    }

    @Test
    void enablesADisabledUserAgain() {
        fixture.given(clerk(), new UserDisabled(CLERK, "admin"))
                .when(new EnableUser(CLERK_ID, CLERK), BY_ADMIN)
                .expectEvents(new UserEnabled(CLERK, "admin"));
    }

    @Test
    void treatsEnablingAnEnabledUserAsARetry() {
        fixture.given(clerk())
                .when(new EnableUser(CLERK_ID, CLERK), BY_ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void setsANewPasswordThatMustBeChangedAtTheNextSignIn() {
        fixture.given(clerk())
                .when(new SetPassword(CLERK_ID, CLERK, "{bcrypt}new", true, true), BY_ADMIN)
                .expectEvents(new UserPasswordChanged(CLERK, "{bcrypt}new", true, "admin"));
    }

    @Test
    void aUsersOwnNewPasswordEndsTheObligationToChangeIt() {
        fixture.given(clerk(), new UserPasswordChanged(CLERK, "{bcrypt}temp", true, "admin"))
                .when(new SetPassword(CLERK_ID, CLERK, "{bcrypt}mine", true, false), Map.of(User.RECORDED_BY, CLERK))
                .expectEvents(new UserPasswordChanged(CLERK, "{bcrypt}mine", false, CLERK));
    }

    @Test
    void refusesAPasswordForAnUnknownUser() {
        fixture.givenNoPriorActivity()
                .when(new SetPassword(CLERK_ID, CLERK, "{bcrypt}new", false, true), BY_ADMIN)
                .expectException(UnknownUser.class)
                .expectNoEvents();
    }
}
