package org.gongkai.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyRegistered;
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

/** The front door's own hardening: cookies, CSRF, the request-rate limit and canonical paths. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gongkai.query.consumer.enabled=false",
            "gongkai.security.requests-per-second=2",
            "gongkai.security.request-burst=5"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorHardeningIT {

    private static final String PASSWORD = "hardening-password";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("front_door_hardening_it", registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    DirectFeed feed;

    @Autowired
    PasswordEncoder passwords;

    @BeforeAll
    void oneClerkPerTest() {
        feed.publish(new AgencyRegistered("fh-kupu", "托里县库普乡人民政府", null, AgencyLevel.TOWNSHIP));
        for (String user : List.of("fh-cookies", "fh-csrf", "fh-rate", "fh-path")) {
            feed.publish(new UserRegistered(user, UserRole.CLERK, "fh-kupu", passwords.encode(PASSWORD)));
        }
    }

    @Test
    void setsTheSessionAndCsrfCookiesSameSiteLax() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.signIn("fh-cookies");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        List<String> cookies = new ArrayList<>(browser.setCookies);
        cookies.addAll(login.headers().allValues("Set-Cookie"));
        assertThat(cookies)
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .allMatch(c -> c.contains("SameSite=Lax"))
                .isNotEmpty();
        assertThat(cookies)
                .filteredOn(c -> c.startsWith("XSRF-TOKEN="))
                .allMatch(c -> c.contains("SameSite=Lax"))
                .isNotEmpty();
    }

    @Test
    void requiresTheCsrfTokenOfASessionWhateverAuthorizationHeaderComesWithIt() throws Exception {
        Browser browser = new Browser();
        browser.signIn("fh-csrf");

        HttpResponse<String> bearer = browser.http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/admin/projections/rebuild"))
                        .header("Authorization", "Bearer anything")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(bearer.statusCode()).isEqualTo(403);
        assertThat(bearer.body()).contains("\"rule\":\"CsrfTokenInvalid\"");
    }

    @Test
    void answers429WithRetryAfterOnceAUserExceedsTheRequestRate() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 8; i++) {
            last = http.send(basic("fh-rate", "/api/me"), HttpResponse.BodyHandlers.ofString());
            statuses.add(last.statusCode());
        }

        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses).contains(429);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body())
                .contains("\"rule\":\"TooManyRequests\"")
                .contains("urn:gongkai:problem:TooManyRequests");
    }

    @Test
    void refusesAPathWithANeedlesslyEncodedLetterBeforeAnyRoute() throws Exception {
        HttpResponse<String> encoded = HttpClient.newHttpClient()
                .send(
                        basic("fh-path", "/api/agencies/fh-kupu/reports/2024/%70ublication"),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(encoded.statusCode()).isEqualTo(400);
        assertThat(encoded.body()).contains("\"rule\":\"MalformedPath\"");
    }

    private HttpRequest basic(String user, String path) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A client that keeps cookies, as a browser would, and signs in through the login form. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        final List<String> setCookies = new ArrayList<>();

        HttpResponse<String> signIn(String user) throws Exception {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/login.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            setCookies.addAll(page.headers().allValues("Set-Cookie"));
            String token = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token;
            return http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
