package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.query.web.BrowserPage;
import org.junit.jupiter.api.Test;

/**
 * The import screen in a real headless Chromium (Selenium WebDriver) over the whole stack: a register with one bad row is checked (the
 * bad cell listed with its column and rule, nothing recorded), then recorded, and the page says how many rows were.
 */
class ImportUiIT extends SharedRunningStack {

    @Test
    void checksThenRecordsARegisterChosenInTheImportScreen() throws Exception {
        BrowserPage.requireInstalled();
        String agency = frontDoor.register("托里县库普乡人民政府");
        Path work = Files.createDirectories(Path.of("target", "chromium").toAbsolutePath());
        String register = "收到日期,申请方式,申请人类型,申请内容,办结日期,办理结果\\n"
                + YEAR + "-03-01,当面,自然人,,"
                + YEAR + "-03-10,予以公开\\n"
                + YEAR + "-03-02,飞鸽传书,自然人,,,\\n"
                + YEAR + "-03-03,ONLINE,COMMERCIAL_ENTERPRISE,,,\\n";
        try (BrowserPage page = BrowserPage.open(work)) {
            StackUiIT.signIn(page, stack);
            page.navigate(stack.url() + "/#/import?agency=" + agency);
            await().atMost(StackUiIT.UI)
                    .until(() -> page.evaluate("String(!!document.getElementById('import-file'))"), "true"::equals);
            page.run("const file = new File([\"" + register + "\"], 'register.csv', {type: 'text/csv'});"
                    + "const chosen = new DataTransfer(); chosen.items.add(file);"
                    + "document.getElementById('import-file').files = chosen.files;"
                    + "document.getElementById('import-check').click(); 'sent'");
            await().atMost(StackUiIT.UI)
                    .until(
                            () -> page.evaluate("(document.getElementById('import-summary') || {}).textContent || ''"),
                            text -> text.contains("未记录"));
            assertThat(page.evaluate("document.getElementById('import-summary').textContent"))
                    .contains("行数 3", "可导入 2", "有误 1");
            assertThat(page.evaluate("document.querySelector('#import-errors tbody').textContent"))
                    .contains("3", "申请方式", "UnknownCode");
            page.screenshotFullPage(StackUiIT.SCREENSHOTS.resolve("import-1-checked.png"));

            page.run("document.getElementById('import-record').click(); 'sent'");
            await().atMost(StackUiIT.UI)
                    .until(
                            () -> page.evaluate("(document.getElementById('import-summary') || {}).textContent || ''"),
                            text -> text.contains("导入完成"));
            assertThat(page.evaluate("document.getElementById('import-summary').textContent"))
                    .contains("已记录 2", "有误 1");
            page.screenshotFullPage(StackUiIT.SCREENSHOTS.resolve("import-2-recorded.png"));
        }
        await().atMost(StackUiIT.UI)
                .untilAsserted(() ->
                        assertThat(frontDoor.total(agency, YEAR, "RECEIVED")).isEqualTo(2));
    }
}
