package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.gongkai.query.web.BrowserPage;
import org.junit.jupiter.api.Test;

/**
 * 督办 over the demo county in a real headless Chromium (Selenium WebDriver): the screen's rows and total equal the JSON, a figure opens
 * the applications behind it, the XLSX export downloads, and the screen reads in English too. Screenshots land in
 * target/screenshots.
 */
class SupervisionUiIT extends SharedRunningStack {

    static final Duration UI = Duration.ofSeconds(60);
    static final String TOTAL_ROW =
            "Array.from(document.querySelectorAll('#supervision tfoot td')).map(td => td.textContent).join('|')";

    @Test
    void showsTheDemoCountysSupervisionTableDrillsDownAndExports() throws Exception {
        BrowserPage.requireInstalled();
        demoCountySeeded();
        LocalDate today = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
        String period = "from=" + (today.getYear() - 1) + "-01-01&to=" + today;
        String api = "/api/agencies/" + DemoData.COUNTY + "/supervision?" + period;
        await().atMost(UI)
                .until(() ->
                        frontDoor.get(api).path("total").path("answeredOnTime").asLong() > 100);
        Path work = Files.createDirectories(Path.of("target", "chromium").toAbsolutePath());

        try (BrowserPage page = BrowserPage.open(work)) {
            StackUiIT.signIn(page, stack);
            page.timeZone(StackUiIT.CHINA.getId());
            page.navigate(stack.url() + "/#/supervision?agency=" + DemoData.COUNTY + "&" + period + "&lang=zh");
            await().atMost(UI)
                    .until(
                            () -> page.evaluate("String(document.querySelectorAll('#supervision tbody tr').length)"),
                            "8"::equals);
            await().atMost(UI)
                    .untilAsserted(() -> assertThat(page.evaluate(TOTAL_ROW))
                            .isEqualTo(expectedTotal(frontDoor.get(api).path("total"))));
            assertThat(page.evaluate("document.querySelector('#supervision thead').textContent"))
                    .contains("即将逾期", "逾期未办理", "逾期已办理", "按时办结率");
            page.screenshotFullPage(StackUiIT.SCREENSHOTS.resolve("supervision-1-county.png"));

            // the overdue open applications of the whole county, one click away
            long overdue = frontDoor.get(api).path("total").path("overdueOpen").asLong();
            assertThat(overdue).as("the demo leaves some applications overdue").isPositive();
            page.run("document.querySelector('#supervision tfoot [data-category=OVERDUE_OPEN] a').click()");
            await().atMost(UI)
                    .until(
                            () -> page.evaluate("String(document.querySelectorAll('#sup-items tbody tr').length)"),
                            String.valueOf(overdue)::equals);
            assertThat(page.evaluate("document.querySelector('#sup-detail h2').textContent"))
                    .contains("逾期未办理");
            page.screenshotFullPage(StackUiIT.SCREENSHOTS.resolve("supervision-2-overdue.png"));

            page.run("fetch(document.getElementById('sup-xlsx').href).then(r => r.arrayBuffer().then(b => "
                    + "window.exported = r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength))");
            await().atMost(UI)
                    .until(
                            () -> page.evaluate("window.exported || ''"),
                            text -> text.startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml"));

            page.navigate(stack.url() + "/#/supervision?agency=" + DemoData.COUNTY + "&" + period + "&lang=en");
            await().atMost(UI)
                    .until(
                            () -> page.evaluate(
                                    "(document.querySelector('#supervision thead') || {}).textContent || ''"),
                            text -> text.contains("Overdue, not answered") && text.contains("On-time rate"));
            page.screenshotFullPage(StackUiIT.SCREENSHOTS.resolve("supervision-3-english.png"));
            page.run("localStorage.setItem('gongkai.lang', 'zh')");
        }
    }

    private static String expectedTotal(JsonNode total) {
        String rate = total.path("onTimeRate").isNull()
                ? "—"
                : total.path("onTimeRate").decimalValue().toPlainString() + "%";
        return String.join(
                "|",
                String.valueOf(total.path("dueSoon").asLong()),
                String.valueOf(total.path("overdueOpen").asLong()),
                String.valueOf(total.path("answeredLate").asLong()),
                String.valueOf(total.path("answeredOnTime").asLong()),
                rate,
                // the Art. 30 and Art. 35 columns (ADR 0030)
                String.valueOf(total.path("lateSupplementRequests").asLong()),
                String.valueOf(total.path("deferredAnswers").asLong()));
    }
}
