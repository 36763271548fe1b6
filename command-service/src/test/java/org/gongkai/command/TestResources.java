package org.gongkai.command;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.application.ApplicationDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.events.calendar.WorkingDayCalendar;

/** What aggregate fixtures inject: a fixed today, the official calendar and a small agency tree. */
public final class TestResources {

    public static final LocalDate TODAY = LocalDate.of(2024, 12, 20);

    private TestResources() {}

    /** Registers today, the statutory clock and an agency directory of {@code child -> parent} (null = root). */
    public static void register(FixtureConfiguration<?> fixture, Map<String, String> tree) {
        register(fixture, tree, Map.of());
    }

    /** As above, with the applications received so far ({@code applicationId -> agencyId}). */
    public static void register(
            FixtureConfiguration<?> fixture, Map<String, String> tree, Map<String, String> applications) {
        fixture.registerInjectableResource((ApplicationDirectory) id -> Optional.ofNullable(applications.get(id)));
        fixture.registerInjectableResource((Today) () -> TODAY);
        fixture.registerInjectableResource(new StatutoryClock(WorkingDayCalendar.official()));
        fixture.registerInjectableResource(new AgencyDirectory() {
            @Override
            public boolean isRegistered(String agencyId) {
                return tree.containsKey(agencyId);
            }

            @Override
            public Optional<String> parentOf(String agencyId) {
                return Optional.ofNullable(tree.get(agencyId));
            }
        });
    }
}
