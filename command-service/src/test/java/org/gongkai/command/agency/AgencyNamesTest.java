package org.gongkai.command.agency;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.TestResources;
import org.gongkai.command.clock.Today;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyMoved;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.agency.AgencyRenamed;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 20 item 4: two open agencies of one name under one parent are refused (exact match after trimming). */
class AgencyNamesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);
    /** id -> parent, and id -> name, of the open agencies the directory knows. */
    private static final Map<String, String> PARENTS =
            Map.of("county", "", "kupu", "county", "tiechanggou", "county", "bureau", "county", "school", "bureau");

    private static final Map<String, String> NAMES = Map.of(
            "county", "托里县人民政府",
            "kupu", "托里县库普乡人民政府",
            "tiechanggou", "托里县铁厂沟镇人民政府",
            "bureau", "托里县教育局",
            "school", "托里县库普乡人民政府");

    private FixtureConfiguration<Agency> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agency.class);
        fixture.registerInjectableResource((Today) () -> TestResources.TODAY);
        fixture.registerInjectableResource(new AgencyDirectory() {
            @Override
            public boolean isRegistered(String agencyId) {
                return PARENTS.containsKey(agencyId);
            }

            @Override
            public Optional<String> parentOf(String agencyId) {
                return Optional.ofNullable(PARENTS.get(agencyId)).filter(parent -> !parent.isEmpty());
            }

            @Override
            public Optional<String> nameOf(String agencyId) {
                return Optional.ofNullable(NAMES.get(agencyId));
            }

            @Override
            public boolean nameTakenUnder(String parentAgencyId, String name, String exceptAgencyId) {
                return NAMES.entrySet().stream()
                        .anyMatch(agency -> !agency.getKey().equals(exceptAgencyId)
                                && agency.getValue().equals(name)
                                && parentAgencyId.equals(PARENTS.get(agency.getKey())));
            }
        });
    }

    @Test
    void refusesASecondAgencyOfTheSameNameUnderOneParentNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgency("kupu-2", "  托里县库普乡人民政府 ", "county", AgencyLevel.TOWNSHIP))
                .expectException(AgencyNameTaken.class)
                .expectException(new FeatureMatcher<Throwable, String>(Matchers.equalTo("name"), "field", "field") {
                    @Override
                    protected String featureValueOf(Throwable actual) {
                        return ((AgencyNameTaken) actual).field();
                    }
                })
                .expectNoEvents();
    }

    @Test
    void acceptsTheSameNameUnderAnotherParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgency("kupu-3", "托里县教育局", "kupu", AgencyLevel.DEPARTMENT))
                .expectEvents(new AgencyRegistered("kupu-3", "托里县教育局", "kupu", AgencyLevel.DEPARTMENT));
    }

    @Test
    void refusesARenameToTheNameOfASibling() {
        fixture.given(new AgencyRegistered("tiechanggou", "托里县铁厂沟镇人民政府", "county", AgencyLevel.TOWNSHIP))
                .when(new RenameAgency("tiechanggou", "托里县库普乡人民政府", DAY))
                .expectException(AgencyNameTaken.class)
                .expectNoEvents();
    }

    @Test
    void letsAnAgencyBeRenamedToItsOwnName() {
        fixture.given(new AgencyRegistered("kupu", "托里县库普乡人民政府", "county", AgencyLevel.TOWNSHIP))
                .when(new RenameAgency("kupu", "托里县库普乡人民政府", DAY))
                .expectEvents(new AgencyRenamed("kupu", "托里县库普乡人民政府", DAY));
    }

    @Test
    void refusesAMoveUnderAParentThatHasAnAgencyOfTheSameName() {
        fixture.given(new AgencyRegistered("school", "托里县库普乡人民政府", "bureau", AgencyLevel.DEPARTMENT))
                .when(new MoveAgency("school", "county", DAY))
                .expectException(AgencyNameTaken.class)
                .expectNoEvents();
    }

    @Test
    void movesAnAgencyWhoseNameIsFreeUnderTheNewParent() {
        fixture.given(new AgencyRegistered("bureau", "托里县教育局", "county", AgencyLevel.DEPARTMENT))
                .when(new MoveAgency("bureau", "kupu", DAY))
                .expectEvents(new AgencyMoved("bureau", "kupu", DAY));
    }
}
