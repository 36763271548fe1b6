package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gongkai.query.web.Chromium;
import org.gongkai.query.web.DevToolsPage;
import org.junit.jupiter.api.Test;

/**
 * The web UI over the real stack (embedded PostgreSQL and Kafka, command and query service) in a real headless
 * Chromium: a clerk logs an application at the counter with the keyboard, a supervisor's dashboard counts it
 * without a reload, the clerk records the decision on the case page, and table 三 of the annual report shows it in
 * the right cell. Screenshots of each step land in target/screenshots for a person to look at.
 */
class StackUiIT extends RunningStack {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration UI = Duration.ofSeconds(30);

    static final String QUARTER_RECEIVED = "(document.querySelector('[data-figure=\"quarter-received\"]') || {}).textContent";

    @Test
    void logsAnApplicationByKeyboardSeesItLiveOnTheDashboardDecidesItAndFindsItInTableThree() throws Exception {
        assumeTrue(Chromium.installed(), "no /usr/bin/chromium on this machine");
        Path work = Files.createDirectories(Path.of("target", "chromium").toAbsolutePath());
        String agency = frontDoor.register("托里县库普乡人民政府");
        int year = LocalDate.now(CHINA).getYear();
        String base = stack.url() + "/#/";
        await().atMost(UI).until(() -> frontDoor.get("/api/agencies").findValuesAsText("agencyId").contains(agency));

        try (DevToolsPage counter = DevToolsPage.open(work); DevToolsPage dashboard = DevToolsPage.open(work)) {
            // the browsers' "today" is the agencies' calendar day, whatever zone the machine runs in
            counter.timeZone(CHINA.getId());
            dashboard.timeZone(CHINA.getId());

            dashboard.navigate(base + "dashboard?agency=" + agency + "&scope=agency");
            await().atMost(UI).until(() -> dashboard.evaluate(QUARTER_RECEIVED), "0"::equals);
            await().atMost(UI).until(() -> dashboard.evaluate("String(!!document.querySelector('.live.on'))"),
                    "true"::equals);
            dashboard.evaluate("window.sameDocument = 'yes'");

            counter.navigate(base + "intake?agency=" + agency);
            await().atMost(UI).until(() -> counter.evaluate("String(!!document.querySelector('form [name=subject]'))"),
                    "true"::equals);
            counter.evaluate("document.querySelector('[name=channel]').value = 'IN_PERSON';"
                    + "document.querySelector('[name=applicantType]').value = 'NATURAL_PERSON';"
                    + "document.querySelector('[name=subject]').focus()");
            counter.type("2023年部门预算执行情况");
            counter.pressEnter();
            await().atMost(UI).until(() -> counter.evaluate("(document.querySelector('.notice.ok .due') || {}).textContent"),
                    due -> due.matches("\\d{4}-\\d{2}-\\d{2}（周.）"));
            String applicationId = counter.evaluate(
                    "decodeURIComponent(document.querySelector('.notice.ok a').getAttribute('href').split('/').pop())");
            String dueOn = counter.evaluate("document.querySelector('.notice.ok .due').dataset.dueOn");
            counter.screenshotFullPage(SCREENSHOTS.resolve("stack-1-intake-logged.png"));

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> dashboard.evaluate(QUARTER_RECEIVED), "1"::equals);
            assertThat(dashboard.evaluate("window.sameDocument")).as("the dashboard was not reloaded").isEqualTo("yes");
            dashboard.screenshotFullPage(SCREENSHOTS.resolve("stack-2-dashboard-live.png"));

            counter.evaluate("document.querySelector('.notice.ok a').click()");
            await().atMost(UI).until(() -> counter.evaluate(
                    "(document.querySelector('[data-status]') || {}).dataset?.status || ''"), "OPEN"::equals);
            assertThat(counter.evaluate("document.querySelector('.due[data-due-on]').dataset.dueOn")).isEqualTo(dueOn);
            counter.evaluate("const f = document.querySelector('form[data-action=\"act.decision\"]');"
                    + "f.querySelector('[name=outcome]').value = 'DISCLOSED';"
                    + "f.querySelector('[name=outcome]').focus()");
            counter.pressEnter();
            await().atMost(UI).until(() -> counter.evaluate(
                    "(document.querySelector('[data-status]') || {}).dataset?.status || ''"), "CLOSED"::equals);
            assertThat(counter.evaluate("document.querySelector('main').textContent")).contains("（一）予以公开");
            counter.screenshotFullPage(SCREENSHOTS.resolve("stack-3-case-decided.png"));

            counter.navigate(base + "reports?year=" + year);
            await().atMost(UI).until(() -> cell(counter, "DISCLOSED", "NATURAL_PERSON"), "1"::equals);
            assertThat(cell(counter, "RECEIVED", "NATURAL_PERSON")).isEqualTo("1");
            assertThat(cell(counter, "RECEIVED", "TOTAL")).isEqualTo("1");
            assertThat(cell(counter, "DISCLOSED", "TOTAL")).isEqualTo("1");
            assertThat(cell(counter, "DISCLOSED", "COMMERCIAL_ENTERPRISE")).isEqualTo("0");
            assertThat(cell(counter, "CARRIED_FORWARD", "TOTAL")).isEqualTo("0");
            counter.screenshotFullPage(SCREENSHOTS.resolve("stack-4-report-table-three.png"));
            assertThat(applicationId).isNotBlank();
        }
    }

    private static String cell(DevToolsPage page, String row, String column) {
        return page.evaluate("(document.querySelector('#table-three [data-row=\"" + row + "\"][data-col=\"" + column
                + "\"]') || {}).textContent");
    }
}
