package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gongkai.query.web.BrowserPage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The web UI over the real stack (embedded PostgreSQL and Kafka, command and query service) in a real headless
 * Chromium: a clerk logs an application at the counter with the keyboard, a supervisor's dashboard counts it
 * without a reload, the clerk records the decision on the case page, and table 三 of the annual report shows it in
 * the right cell. Screenshots of each step land in target/screenshots for a person to look at. The first test sees
 * the system as a new user does, before any agency exists, so the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackUiIT extends RunningStack {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration UI = Duration.ofSeconds(30);

    static final String QUARTER_RECEIVED =
            "(document.querySelector('[data-figure=\"quarter-received\"]') || {}).textContent";

    @Test
    @Order(1)
    void sendsANewUserOnAnEmptySystemToTheAgenciesScreenFirst() throws Exception {
        BrowserPage.requireInstalled();
        Path work = Files.createDirectories(Path.of("target", "chromium").toAbsolutePath());
        try (BrowserPage page = BrowserPage.open(work)) {
            signIn(page);
            page.navigate(stack.url() + "/");
            await().atMost(UI)
                    .until(
                            () -> page.evaluate("(document.querySelector('main .notice') || {}).textContent"),
                            text -> text.contains("还没有任何机构"));
            assertThat(page.evaluate("document.querySelector('main .notice a').getAttribute('href')"))
                    .isEqualTo("#/agencies");
            page.screenshotFullPage(SCREENSHOTS.resolve("stack-0-empty.png"));
            page.run("document.querySelector('main .notice a').click()");
            await().atMost(UI)
                    .until(
                            () -> page.evaluate("String(document.activeElement && document.activeElement.name)"),
                            "name"::equals);
        }
    }

    @Test
    @Order(2)
    void logsAnApplicationByKeyboardSeesItLiveOnTheDashboardDecidesItAndFindsItInTableThree() throws Exception {
        BrowserPage.requireInstalled();
        Path work = Files.createDirectories(Path.of("target", "chromium").toAbsolutePath());
        String agency = frontDoor.registerAndAwaitListed("托里县库普乡人民政府", UI);
        int year =
                LocalDate.now(org.gongkai.events.calendar.BusinessClock.china()).getYear();
        String base = stack.url() + "/#/";

        try (BrowserPage counter = BrowserPage.open(work);
                BrowserPage dashboard = BrowserPage.open(work)) {
            signIn(counter);
            signIn(dashboard);
            // the browsers' "today" is the agencies' calendar day, whatever zone the machine runs in
            counter.timeZone(CHINA.getId());
            dashboard.timeZone(CHINA.getId());

            dashboard.navigate(base + "dashboard?agency=" + agency + "&scope=agency");
            await().atMost(UI).until(() -> dashboard.evaluate(QUARTER_RECEIVED), "0"::equals);
            await().atMost(UI)
                    .until(() -> dashboard.evaluate("String(!!document.querySelector('.live.on'))"), "true"::equals);
            dashboard.run("window.sameDocument = 'yes'");

            counter.navigate(base + "intake?agency=" + agency);
            await().atMost(UI)
                    .until(
                            () -> counter.evaluate("String(!!document.querySelector('form [name=subject]'))"),
                            "true"::equals);
            counter.run("document.querySelector('[name=channel]').value = 'IN_PERSON';"
                    + "document.querySelector('[name=applicantType]').value = 'NATURAL_PERSON';"
                    + "document.querySelector('[name=subject]').focus()");
            counter.type("2023年部门预算执行情况");
            counter.pressEnter();
            await().atMost(UI)
                    .until(
                            () -> counter.evaluate("(document.querySelector('.notice.ok .due') || {}).textContent"),
                            due -> due.matches("\\d{4}-\\d{2}-\\d{2}（周.）"));
            String applicationId = counter.evaluate(
                    "decodeURIComponent(document.querySelector('.notice.ok a').getAttribute('href').split('/').pop())");
            String dueOn = counter.evaluate("document.querySelector('.notice.ok .due').dataset.dueOn");
            counter.screenshotFullPage(SCREENSHOTS.resolve("stack-1-intake-logged.png"));

            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> dashboard.evaluate(QUARTER_RECEIVED), "1"::equals);
            assertThat(dashboard.evaluate("window.sameDocument"))
                    .as("the dashboard was not reloaded")
                    .isEqualTo("yes");
            dashboard.screenshotFullPage(SCREENSHOTS.resolve("stack-2-dashboard-live.png"));

            counter.run("document.querySelector('.notice.ok a').click()");
            await().atMost(UI)
                    .until(
                            () -> counter.evaluate(
                                    "(document.querySelector('[data-status]') || {}).dataset?.status || ''"),
                            "OPEN"::equals);
            assertThat(counter.evaluate("document.querySelector('.due[data-due-on]').dataset.dueOn"))
                    .isEqualTo(dueOn);
            counter.run("const f = document.querySelector('form[data-action=\"act.decision\"]');"
                    + "f.querySelector('[name=outcome]').value = 'DISCLOSED';"
                    + "f.querySelector('[name=outcome]').focus()");
            counter.pressEnter();
            await().atMost(UI)
                    .until(
                            () -> counter.evaluate(
                                    "(document.querySelector('[data-status]') || {}).dataset?.status || ''"),
                            "CLOSED"::equals);
            assertThat(counter.evaluate("document.querySelector('main').textContent"))
                    .contains("（一）予以公开");
            counter.screenshotFullPage(SCREENSHOTS.resolve("stack-3-case-decided.png"));
            // branch letters: the decided case lists its receipt and its answer; numbering the answer shows its 文号
            await().atMost(UI)
                    .until(
                            () -> counter.evaluate("String(!!document.querySelector('[data-letter=ANSWER] button')"
                                    + " && !!document.querySelector('[data-letter=RECEIPT]'))"),
                            "true"::equals);
            counter.run("document.querySelector('[data-letter=ANSWER] button').click()");
            await().atMost(UI)
                    .until(
                            () -> counter.evaluate(
                                    "(document.querySelector('[data-number=ANSWER]') || {}).textContent || ''"),
                            number -> number.equals("答〔" + year + "〕第1号"));
            counter.screenshotFullPage(SCREENSHOTS.resolve("stack-3-case-letters.png"));

            counter.navigate(base + "reports?year=" + year);
            await().atMost(UI).until(() -> cell(counter, "DISCLOSED", "NATURAL_PERSON"), "1"::equals);
            assertThat(cell(counter, "RECEIVED", "NATURAL_PERSON")).isEqualTo("1");
            assertThat(cell(counter, "RECEIVED", "TOTAL")).isEqualTo("1");
            assertThat(cell(counter, "DISCLOSED", "TOTAL")).isEqualTo("1");
            assertThat(cell(counter, "DISCLOSED", "COMMERCIAL_ENTERPRISE")).isEqualTo("0");
            assertThat(cell(counter, "CARRIED_FORWARD", "TOTAL")).isEqualTo("0");
            counter.run("document.querySelector('[data-section=OVERVIEW]').focus()");
            counter.type("本年共收到政府信息公开申请1件，已全部办结。");
            counter.run("document.querySelector('[data-section=OVERVIEW]').form.requestSubmit()");
            await().atMost(UI)
                    .until(
                            () -> counter.evaluate(
                                    "(document.querySelector('[data-form=narrative-OVERVIEW] ~ div .notice.ok') || {}).textContent"),
                            "已保存（第 1 版）。"::equals);
            counter.screenshotFullPage(SCREENSHOTS.resolve("stack-4-report-table-three.png"));
            await().atMost(UI)
                    .untilAsserted(() -> assertThat(frontDoor
                                    .get("/api/agencies/" + agency + "/reports/" + year)
                                    .path("narrative")
                                    .path("OVERVIEW")
                                    .asText())
                            .isEqualTo("本年共收到政府信息公开申请1件，已全部办结。"));
            assertThat(applicationId).isNotBlank();
        }
    }

    @Test
    @Order(3)
    void recordsTableTwoInputsAndAgencyChangesThroughTheFormsWithTheServersRuleNextToTheField() throws Exception {
        BrowserPage.requireInstalled();
        Path work = Files.createDirectories(Path.of("target", "chromium").toAbsolutePath());
        String agency = frontDoor.registerAndAwaitListed("托里县自然资源局", UI);
        LocalDate today = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());

        try (BrowserPage page = BrowserPage.open(work)) {
            signIn(page);
            page.timeZone(CHINA.getId());
            page.navigate(stack.url() + "/#/proactive?agency=" + agency);
            await().atMost(UI)
                    .until(
                            () -> page.evaluate("String(!!document.querySelector('[data-form=decision-tally]'))"),
                            "true"::equals);

            // a period across two quarters: the command side's rule appears under the field it names
            fill(page, "decision-tally", "category", "LICENSING");
            fill(
                    page,
                    "decision-tally",
                    "periodStart",
                    LocalDate.of(today.getYear() - 1, 12, 1).toString());
            focus(page, "decision-tally", "count");
            page.type("12");
            page.pressEnter();
            await().atMost(UI)
                    .until(
                            () -> fieldError(page, "decision-tally", "periodEnd"),
                            error -> error.startsWith("true 统计期间必须在同一季度内"));
            fill(page, "decision-tally", "periodStart", quarterStart(today).toString());
            focus(page, "decision-tally", "count");
            page.pressEnter();
            await().atMost(UI).until(() -> tableTwo(page, "LICENSING"), "12"::equals);

            fill(page, "administrative-fees", "periodStart", quarterStart(today).toString());
            focus(page, "administrative-fees", "amountYuan");
            page.type("12345.678");
            page.pressEnter();
            await().atMost(UI)
                    .until(
                            () -> fieldError(page, "administrative-fees", "amountYuan"),
                            error -> error.startsWith("true 金额超出范围") && error.contains("最多两位小数"));
            fill(page, "administrative-fees", "amountYuan", "12345.6");
            focus(page, "administrative-fees", "amountYuan");
            page.pressEnter();
            await().atMost(UI).until(() -> tableTwo(page, "FEES"), "1.23456"::equals);

            fill(page, "document-issue", "kind", "NORMATIVE_DOCUMENT");
            fill(page, "document-issue", "documentNumber", "托自然资发〔" + today.getYear() + "〕1号");
            focus(page, "document-issue", "title");
            page.type("托里县自然资源局政府信息公开办法");
            page.pressEnter();
            await().atMost(UI).until(() -> tableTwo(page, "NORMATIVE_DOCUMENT.issued"), "1"::equals);
            // table 二 and the document list are read side by side; the list may land a moment later
            await().atMost(UI)
                    .until(
                            () -> page.evaluate("(document.querySelector('#documents') || {}).textContent"),
                            text -> text != null && text.contains("托里县自然资源局政府信息公开办法") && text.contains("现行有效"));
            page.screenshotFullPage(SCREENSHOTS.resolve("stack-5-proactive-recorded.png"));

            page.run("document.querySelector('[data-form=document-repeal] [name=documentId]').selectedIndex = 1");
            focus(page, "document-repeal", "documentId");
            page.pressEnter();
            await().atMost(UI).until(() -> tableTwo(page, "NORMATIVE_DOCUMENT.repealed"), "1"::equals);
            assertThat(tableTwo(page, "NORMATIVE_DOCUMENT.inForce")).isEqualTo("0");

            page.navigate(stack.url() + "/#/agencies?agency=" + agency);
            await().atMost(UI)
                    .until(
                            () -> page.evaluate("String(!!document.querySelector('[data-form=agency-rename]'))"),
                            "true"::equals);
            assertThat(page.evaluate("document.getElementById('change-agency').value"))
                    .isEqualTo(agency);
            focus(page, "agency-rename", "name");
            page.type("托里县自然资源和规划局");
            page.pressEnter();
            await().atMost(UI)
                    .until(
                            () -> page.evaluate(
                                    "(document.querySelector('[data-agency=\"" + agency + "\"] a') || {}).textContent"),
                            "托里县自然资源和规划局"::equals);
            page.screenshotFullPage(SCREENSHOTS.resolve("stack-6-agency-renamed.png"));
        }
    }

    @Test
    @Order(4)
    void submitsAnEndedQuartersStatisticsFromTheReportScreenAndShowsTheSubmittedVersion() throws Exception {
        BrowserPage.requireInstalled();
        Path work = Files.createDirectories(Path.of("target", "chromium").toAbsolutePath());
        String agency = frontDoor.registerAndAwaitListed("托里县财政局", UI);
        frontDoor.post(
                "/api/applications",
                java.util.Map.of(
                        "agencyId",
                        agency,
                        "receivedOn",
                        YEAR + "-11-03",
                        "channel",
                        "ONLINE",
                        "applicantType",
                        "NATURAL_PERSON"));
        try (BrowserPage page = BrowserPage.open(work)) {
            signIn(page);
            await().atMost(UI)
                    .until(() -> frontDoor
                                    .get("/api/agencies/" + agency + "/statistics?year=" + YEAR + "&quarter=4")
                                    .path("applications")
                                    .path("rows")
                                    .get(0)
                                    .path("counts")
                                    .get(6)
                                    .asInt()
                            == 1);
            page.navigate(stack.url() + "/#/reports?agency=" + agency + "&year=" + YEAR + "&quarter=4");
            await().atMost(UI).until(() -> cell(page, "RECEIVED", "TOTAL"), "1"::equals);
            await().atMost(UI)
                    .until(
                            () -> page.evaluate("document.querySelector('main').textContent"),
                            text -> text.contains("本季度统计尚未报送"));
            assertThat(page.evaluate("document.querySelector('main a[download]').getAttribute('href')"))
                    .contains("/statistics.docx?year=" + YEAR + "&quarter=4");

            focus(page, "submission", "reason");
            page.pressEnter();
            await().atMost(UI)
                    .until(
                            () -> page.evaluate("(document.querySelector('[data-submitted]') || {}).textContent"),
                            text -> text.contains("已报送第 1 版"));
            page.screenshotFullPage(SCREENSHOTS.resolve("stack-7-quarter-submitted.png"));
        }
        assertThat(frontDoor
                        .get("/api/agencies/" + agency + "/statistics/" + YEAR + "/4/submissions")
                        .size())
                .isEqualTo(1);
    }

    private static void fill(BrowserPage page, String form, String name, String value) {
        page.run("(() => { const c = document.querySelector('[data-form=" + form + "] [name=" + name + "]');"
                + "c.closest('details').open = true; c.value = '" + value + "'; })()");
    }

    private static void focus(BrowserPage page, String form, String name) {
        page.run("(() => { const c = document.querySelector('[data-form=" + form + "] [name=" + name + "]');"
                + "c.closest('details').open = true; c.focus(); })()");
    }

    /** "true <message>" when the control is marked invalid and its error text is shown. */
    private static String fieldError(BrowserPage page, String form, String name) {
        return page.evaluate(
                "(() => { const c = document.querySelector('[data-form=" + form + "] [name=" + name + "]');"
                        + "return c.getAttribute('aria-invalid') + ' ' + document.getElementById(c.id + '-error').textContent; })()");
    }

    private static String tableTwo(BrowserPage page, String cell) {
        return page.evaluate("(document.querySelector('#table-two [data-cell=\"" + cell + "\"]') || {}).textContent");
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static String cell(BrowserPage page, String row, String column) {
        return page.evaluate("(document.querySelector('#table-three [data-row=\"" + row + "\"][data-col=\"" + column
                + "\"]') || {}).textContent");
    }

    /** Signs the browser in as the administrator through the login page, as a person does. */
    static void signIn(BrowserPage page) {
        signIn(page, stack);
    }

    /** The same on another stack (a test on the shared one). */
    static void signIn(BrowserPage page, GongkaiStack on) {
        page.navigate(on.url() + "/login.html");
        await().atMost(UI)
                .until(
                        () -> page.evaluate("document.body && document.body.dataset.ready === 'yes' "
                                + "&& document.getElementById('csrf').value !== '' ? 'ready' : ''"),
                        "ready"::equals);
        page.run("document.getElementById('username').value = 'admin';"
                + "document.getElementById('password').value = '"
                + on.adminPassword().orElseThrow() + "';"
                + "document.getElementById('login-form').requestSubmit(); 'sent'");
        await().atMost(UI)
                .until(
                        () -> page.evaluate("location.pathname + ' ' + "
                                + "((document.getElementById('current-user') || {}).textContent || '')"),
                        shown -> shown.startsWith("/ ") && shown.contains("admin"));
    }
}
