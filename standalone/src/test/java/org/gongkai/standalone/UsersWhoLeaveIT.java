package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20 item 5 through the front door of a whole stack (ADR 0045, 0046): a disabled user is refused by the very
 * next request, by HTTP Basic and in a browser session, at the front door and at the command port; enabled again,
 * the user works again; a password an administrator sets replaces the old one, and with {@code mustChange} the
 * user may do nothing but choose their own.
 */
class UsersWhoLeaveIT extends RunningStack {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "first-password-1";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static String agency;

    @BeforeAll
    static void anAgency() throws Exception {
        agency = frontDoor.register("库普乡人民政府" + RUN);
    }

    @Test
    void aDisabledUserIsRefusedAtOnceEverywhereAndWorksAgainOnceEnabled() throws Exception {
        String clerk = clerk("leaver");
        HttpClient browser = browser();
        signInWithTheForm(browser, clerk, PASSWORD);
        assertThat(sessionGet(browser, "/api/me").statusCode()).isEqualTo(200);
        assertThat(basic(clerk, PASSWORD, "GET", stack.url(), "/api/agencies", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(basic(clerk, PASSWORD, "GET", stack.commandServiceUrl(), "/api/imports/template.csv", null)
                        .statusCode())
                .isEqualTo(200);

        assertThat(admin("POST", "/api/users/" + clerk + "/disable", null).statusCode())
                .isEqualTo(200);

        // the very next requests, no waiting: the answer to the disabling came after this front door applied it
        HttpResponse<String> basicAtTheFrontDoor = basic(clerk, PASSWORD, "GET", stack.url(), "/api/agencies", null);
        assertThat(basicAtTheFrontDoor.statusCode()).isEqualTo(401);
        assertThat(json(basicAtTheFrontDoor).path("rule").asText()).isIn("AccountDisabled", "SignInRequired");
        HttpResponse<String> session = sessionGet(browser, "/api/agencies");
        assertThat(session.statusCode()).isEqualTo(401);
        assertThat(json(session).path("rule").asText()).isEqualTo("AccountDisabled");
        assertThat(sessionGet(browser, "/api/me").statusCode())
                .as("the session itself ended")
                .isEqualTo(401);
        assertThat(basic(clerk, PASSWORD, "GET", stack.commandServiceUrl(), "/api/imports/template.csv", null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(basic(clerk, PASSWORD, "POST", stack.url(), "/api/applications", application())
                        .statusCode())
                .isEqualTo(401);
        assertThat(signInWithTheForm(browser(), clerk, PASSWORD))
                .as("the login form refuses the password")
                .contains("error");

        assertThat(admin("POST", "/api/users/" + clerk + "/enable", null).statusCode())
                .isEqualTo(200);

        assertThat(basic(clerk, PASSWORD, "GET", stack.url(), "/api/agencies", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(basic(clerk, PASSWORD, "POST", stack.url(), "/api/applications", application())
                        .statusCode())
                .isEqualTo(201);
        JsonNode listed = listed(clerk);
        assertThat(listed.path("disabled").asBoolean()).isFalse();
        assertEvents(clerk, "UserDisabled", "UserEnabled");
    }

    @Test
    void anAdministratorCannotDisableThemselfNorTheLastAdministrator() throws Exception {
        HttpResponse<String> self = admin("POST", "/api/users/admin/disable", null);
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(json(self).path("rule").asText()).isEqualTo("CannotDisableSelf");

        HttpResponse<String> demoted = admin("PUT", "/api/users/admin", Map.of("role", "CLERK", "agencyId", agency));
        assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(409);
        assertThat(json(demoted).path("rule").asText()).isEqualTo("LastAdministrator");
        assertThat(json(demoted).path("field").asText()).isEqualTo("role");
    }

    @Test
    void aPasswordSetByAnAdministratorReplacesTheOldOneAndMustBeChangedFirst() throws Exception {
        String clerk = clerk("forgetful");
        assertThat(basic(clerk, PASSWORD, "GET", stack.url(), "/api/agencies", null)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> set = admin(
                "POST", "/api/users/" + clerk + "/password", Map.of("password", "temporary-pw-1", "mustChange", true));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        assertThat(basic(clerk, PASSWORD, "GET", stack.url(), "/api/agencies", null)
                        .statusCode())
                .as("the old password, remembered a moment ago")
                .isEqualTo(401);
        HttpResponse<String> blocked = basic(clerk, "temporary-pw-1", "GET", stack.url(), "/api/agencies", null);
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(json(blocked).path("rule").asText()).isEqualTo("PasswordChangeRequired");
        HttpResponse<String> blockedWrite =
                basic(clerk, "temporary-pw-1", "POST", stack.url(), "/api/applications", application());
        assertThat(blockedWrite.statusCode()).isEqualTo(403);
        assertThat(json(blockedWrite).path("rule").asText()).isEqualTo("PasswordChangeRequired");
        HttpResponse<String> me = basic(clerk, "temporary-pw-1", "GET", stack.url(), "/api/me", null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).path("mustChangePassword").asBoolean()).isTrue();

        HttpResponse<String> same = basic(
                clerk,
                "temporary-pw-1",
                "POST",
                stack.url(),
                "/api/me/password",
                Map.of("oldPassword", "temporary-pw-1", "newPassword", "temporary-pw-1"));
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(json(same).path("field").asText()).isEqualTo("newPassword");
        HttpResponse<String> wrongOld = basic(
                clerk,
                "temporary-pw-1",
                "POST",
                stack.url(),
                "/api/me/password",
                Map.of("oldPassword", PASSWORD, "newPassword", "chosen-by-me-1"));
        assertThat(wrongOld.statusCode()).isEqualTo(400);
        assertThat(json(wrongOld).path("rule").asText()).isEqualTo("WrongPassword");

        HttpResponse<String> chosen = basic(
                clerk,
                "temporary-pw-1",
                "POST",
                stack.url(),
                "/api/me/password",
                Map.of("oldPassword", "temporary-pw-1", "newPassword", "chosen-by-me-1"));
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);

        assertThat(basic(clerk, "chosen-by-me-1", "GET", stack.url(), "/api/agencies", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(basic(clerk, "temporary-pw-1", "GET", stack.url(), "/api/agencies", null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(basic(clerk, "chosen-by-me-1", "POST", stack.url(), "/api/applications", application())
                        .statusCode())
                .isEqualTo(201);
        assertThat(listed(clerk).path("mustChangePassword").asBoolean()).isFalse();
        assertEvents(clerk, "UserPasswordChanged", "UserPasswordChanged");
    }

    @Test
    void aNewRoleCountsFromTheNextRequestOfAnOpenSession() throws Exception {
        String clerk = clerk("promoted");
        HttpClient browser = browser();
        signInWithTheForm(browser, clerk, PASSWORD);
        assertThat(json(sessionGet(browser, "/api/me")).path("role").asText()).isEqualTo("CLERK");

        HttpResponse<String> reassigned =
                admin("PUT", "/api/users/" + clerk, Map.of("role", "SUPERVISOR", "agencyId", agency));
        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(200);

        assertThat(json(sessionGet(browser, "/api/me")).path("role").asText()).isEqualTo("SUPERVISOR");
        assertThat(listed(clerk).path("role").asText()).isEqualTo("SUPERVISOR");
    }

    private static String clerk(String name) throws Exception {
        String username = name + "-" + RUN;
        HttpResponse<String> registered = admin(
                "POST",
                "/api/users",
                Map.of("username", username, "password", PASSWORD, "role", "CLERK", "agencyId", agency));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JdbcTemplate reads = stack.queryService().getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reads.queryForObject(
                                "select count(*) from app_user where username = ?", Integer.class, username)
                        == 1);
        return username;
    }

    private static Map<String, Object> application() {
        return Map.of(
                "agencyId",
                agency,
                "receivedOn",
                java.time.LocalDate.of(YEAR, 3, 2).toString(),
                "channel",
                "ONLINE",
                "applicantType",
                "NATURAL_PERSON");
    }

    private static JsonNode listed(String username) throws Exception {
        for (JsonNode account : json(admin("GET", "/api/users", null))) {
            if (account.path("username").asText().equals(username)) {
                return account;
            }
        }
        throw new AssertionError(username + " is not listed");
    }

    /** The change events name the administrator or the user who made them. */
    private static void assertEvents(String username, String... types) {
        JdbcTemplate events = stack.commandService().getBean(JdbcTemplate.class);
        var stored = events.queryForList(
                "select payloadType, convert_from(payload, 'UTF8') from DomainEventEntry "
                        + "where aggregateIdentifier = ? and sequenceNumber > 0 order by sequenceNumber",
                "user:" + username);
        assertThat(stored).hasSize(types.length);
        for (int i = 0; i < types.length; i++) {
            assertThat((String) stored.get(i).get("payloadtype")).endsWith("." + types[i]);
            assertThat((String) stored.get(i).get("convert_from")).contains("\"by\"");
        }
    }

    private static HttpResponse<String> admin(String method, String path, Object body) throws Exception {
        return basic("admin", stack.adminPassword().orElseThrow(), method, stack.url(), path, body);
    }

    private static HttpResponse<String> basic(
            String username, String password, String method, URI server, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(withBody(request, method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, String method, Object body)
            throws Exception {
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .build();
    }

    /** Signs in as a person does: the login page for the CSRF cookie, then the form. Answers where it went. */
    private static String signInWithTheForm(HttpClient browser, String username, String password) throws Exception {
        browser.send(
                HttpRequest.newBuilder(stack.url().resolve("/login.html")).build(),
                HttpResponse.BodyHandlers.discarding());
        String token = ((CookieManager) browser.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                        .map(HttpCookie::getValue)
                        .findFirst()
                        .orElseThrow();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token;
        HttpResponse<String> answer = browser.send(
                HttpRequest.newBuilder(stack.url().resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElse("");
    }

    private static HttpResponse<String> sessionGet(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(stack.url().resolve(path))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }
}
