package org.gongkai.command.agency;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.TestResources;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.events.agency.AgencyClosed;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.agency.LetterSettingsSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Branch letters (issue 16): what an agency's letters print is a fact of the agency. */
class LetterSettingsTest {

    private FixtureConfiguration<Agency> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agency.class);
        Map<String, String> tree = new HashMap<>();
        tree.put("county", null);
        tree.put("township", "county");
        TestResources.register(fixture, tree);
    }

    private static AgencyRegistered township() {
        return new AgencyRegistered("township", "托里县库普乡人民政府", "county", AgencyLevel.TOWNSHIP);
    }

    @Test
    void recordsTheLetterSettingsWithBlanksLeftEmpty() {
        fixture.given(township())
                .when(new SetLetterSettings("township", " 托里县库普乡人民政府 ", "库普依申请公开", "  ", null, "托里县人民政府", "托里县人民法院"))
                .expectEvents(
                        new LetterSettingsSet("township", "托里县库普乡人民政府", "库普依申请公开", null, null, "托里县人民政府", "托里县人民法院"));
    }

    @Test
    void treatsTheSameSettingsAgainAsARetry() {
        fixture.given(
                        township(),
                        new LetterSettingsSet("township", "托里县库普乡人民政府", null, null, null, "托里县人民政府", "托里县人民法院"))
                .when(new SetLetterSettings("township", "托里县库普乡人民政府", null, null, null, "托里县人民政府", "托里县人民法院"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesSettingsWithoutALetterheadName() {
        fixture.given(township())
                .when(new SetLetterSettings("township", " ", null, null, null, "托里县人民政府", "托里县人民法院"))
                .expectException(InvalidValue.class)
                .expectNoEvents();
    }

    @Test
    void refusesSettingsOfAClosedAgency() {
        fixture.given(township(), new AgencyClosed("township", LocalDate.of(2024, 1, 1)))
                .when(new SetLetterSettings("township", "托里县库普乡人民政府", null, null, null, null, null))
                .expectException(AgencyClosedAlready.class);
    }
}
