package org.gongkai.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.user.UserRegistered;
import org.gongkai.events.user.UserRole;
import org.gongkai.query.TestInfrastructure;
import org.gongkai.query.intake.DirectFeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through the login page in a real browser (headless Chromium through Selenium WebDriver): a clerk of one
 * township
 * signs in, sees their own case, is refused another township's case, and signs out. Skipped without Chromium on a
 * developer's machine, failed in CI (BrowserPage.requireInstalled).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongkai.query.consumer.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInUiIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String PASSWORD = "kupu-clerk-password";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("sign_in_ui_it", registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    DirectFeed feed;

    @Autowired
    PasswordEncoder passwords;

    @BeforeAll
    void twoTownshipsWithACaseEachAndAClerkOfTheFirst() {
        feed.publish(
                new AgencyRegistered("si-county", "托里县人民政府", null, AgencyLevel.COUNTY),
                new AgencyRegistered("si-kupu", "托里县库普乡人民政府", "si-county", AgencyLevel.TOWNSHIP),
                new AgencyRegistered("si-tiechang", "托里县铁厂沟镇人民政府", "si-county", AgencyLevel.TOWNSHIP),
                received("si-kupu-case", "si-kupu"),
                received("si-tiechang-case", "si-tiechang"),
                new UserRegistered("kupu-clerk", UserRole.CLERK, "si-kupu", passwords.encode(PASSWORD)));
    }

    @Test
    void aClerkSignsInSeesTheirCaseIsRefusedAnotherTownshipsCaseAndSignsOut() throws Exception {
        BrowserPage.requireInstalled();
        Path work = Path.of("target", "chromium").toAbsolutePath();
        Files.createDirectories(work);
        String base = "http://localhost:" + port;
        try (BrowserPage page = BrowserPage.open(work)) {
            page.navigate(base + "/#/applications/si-kupu-case");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> page.evaluate("location.pathname"), "/login.html"::equals);
            awaitLoginPage(page);
            page.screenshot(SCREENSHOTS.resolve("login.png"));

            page.run(signIn("kupu-clerk", "wrong-password"));
            await().atMost(Duration.ofSeconds(30)).until(() -> page.evaluate("location.search"), "?error"::equals);
            awaitLoginPage(page);

            page.run(signIn("kupu-clerk", PASSWORD));
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> page.evaluate("(document.getElementById('current-user') || {}).textContent || ''"),
                            user -> user.contains("kupu-clerk"));

            page.navigate(base + "/#/applications/si-kupu-case");
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> page.evaluate("document.getElementById('main').textContent"),
                            text -> text.contains("si-kupu-case"));

            page.navigate(base + "/#/applications/si-tiechang-case");
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> page.evaluate(
                                    "(document.querySelector('#main [role=alert]') || {}).textContent || ''"),
                            text -> text.contains("无权查看"));
            assertThat(page.evaluate("document.getElementById('main').textContent"))
                    .doesNotContain("铁厂沟");
            page.screenshot(SCREENSHOTS.resolve("case-out-of-scope.png"));

            page.run("document.getElementById('logout').click()");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> page.evaluate("location.pathname + location.search"), "/login.html?logout"::equals);
            page.navigate(base + "/#/worklist");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> page.evaluate("location.pathname"), "/login.html"::equals);
        }
    }

    /** The login page's script has run: the form carries the CSRF token from the cookie. */
    private static void awaitLoginPage(BrowserPage page) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> page.evaluate("document.body && document.body.dataset.ready === 'yes' "
                                + "&& document.getElementById('csrf').value !== '' ? 'ready' : location.href"),
                        "ready"::equals);
    }

    private static String signIn(String username, String password) {
        return "document.getElementById('username').value = '" + username + "';"
                + "document.getElementById('password').value = '" + password + "';"
                + "document.getElementById('login-form').requestSubmit(); 'sent'";
    }

    private static ApplicationReceived received(String id, String agency) {
        return new ApplicationReceived(
                id,
                agency,
                LocalDate.of(2024, 5, 6),
                Channel.ONLINE,
                ApplicantType.NATURAL_PERSON,
                null,
                LocalDate.of(2024, 6, 3));
    }
}
