package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Hardening on the whole stack: both ports, as an attacker or a careless client would try it. */
class HardeningIT extends RunningStack {

    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

    @Test
    void refusesATenMegabyteChunkedBodyWith413OnBothPorts() throws Exception {
        String frontDoor = chunkedPost(stack.url(), TEN_MEGABYTES);
        String commandPort = chunkedPost(stack.commandServiceUrl(), TEN_MEGABYTES);

        assertThat(frontDoor).startsWith("HTTP/1.1 413").contains("\"rule\":\"BodyTooLarge\"");
        assertThat(commandPort).startsWith("HTTP/1.1 413").contains("\"rule\":\"BodyTooLarge\"");
    }

    @Test
    void letsOnlyTheFrontDoorAuthorASnapshot() throws Exception {
        String agency = frontDoor.register("托里县库普乡人民政府");
        String publication = "/api/agencies/" + agency + "/reports/" + YEAR + "/publication";
        String chosenNumbers = "{\"snapshot\":\"{\\\"my\\\":\\\"numbers\\\"}\"}";

        HttpResponse<String> straight = post(stack.commandServiceUrl(), publication, chosenNumbers);
        HttpResponse<String> encoded =
                post(stack.url(), publication.replace("publication", "%70ublication"), chosenNumbers);
        HttpResponse<String> encodedStraight =
                post(stack.commandServiceUrl(), publication.replace("publication", "%70ublication"), chosenNumbers);

        assertThat(straight.statusCode()).isEqualTo(403);
        assertThat(straight.body()).contains("\"rule\":\"SnapshotFromFrontDoorOnly\"");
        assertThat(encoded.statusCode()).isEqualTo(400);
        assertThat(encoded.body()).contains("\"rule\":\"MalformedPath\"");
        assertThat(encodedStraight.statusCode()).isEqualTo(400);
        assertThat(frontDoor.status("/api/agencies/" + agency + "/reports/" + YEAR + "/versions"))
                .as("no version was published")
                .isIn(200, 404);
    }

    @Test
    void throttlesPasswordGuessesAtTheCommandPortAsAtTheFrontDoor() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> answer = null;
        for (int i = 0; i < 11; i++) {
            answer = http.send(
                    HttpRequest.newBuilder(URI.create(stack.commandServiceUrl() + "/api/users"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            ("guesser:guess-" + i).getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("\"rule\":\"TooManySignInAttempts\"");
    }

    @Test
    void keepsTheDatabaseBehindAPasswordOnlyItsOwnerCanRead() throws Exception {
        Path file = stack.infrastructure().dataDir().resolve("postgres.password");
        String url = "jdbc:postgresql://localhost:"
                + stack.infrastructure().database().port() + "/gongkai_command";

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedDatabase.USER, ""))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedDatabase.USER, "guess"))
                .isInstanceOf(SQLException.class);
        try (var connection = DriverManager.getConnection(
                url, EmbeddedDatabase.USER, Files.readString(file).trim())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    private static HttpResponse<String> post(URI base, String path, String body) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", basic())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a chunked body of {@code size} bytes over a raw socket (no client library buffers or measures it) and
     * returns the answer as text. The answer may come, and the server close, before the body is sent: reading runs
     * alongside writing.
     */
    private static String chunkedPost(URI base, int size) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readAll(in));
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/applications HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: " + basic()
                            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            try {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedEarly) {
                // the server answered and closed without reading the rest: what this test expects
            }
            return answer.get(60, TimeUnit.SECONDS);
        }
    }

    private static String readAll(InputStream in) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                read.write(buffer, 0, n);
                if (read.toString(StandardCharsets.UTF_8).contains("}")) {
                    break; // the problem body is complete
                }
            }
        } catch (IOException reset) {
            // the connection was reset after the answer: keep what arrived
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                ("admin:" + stack.adminPassword().orElseThrow()).getBytes(StandardCharsets.UTF_8));
    }
}
