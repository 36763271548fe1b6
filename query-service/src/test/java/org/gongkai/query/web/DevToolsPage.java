package org.gongkai.query.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * One page of a headless Chromium driven over the DevTools protocol (JDK WebSocket, no driver to install), for
 * tests that must watch a page change in real time, which a one-shot --dump-dom cannot, or type into a form as a
 * person does. Published in query-service's test-jar for standalone's end-to-end browser test.
 */
public final class DevToolsPage implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevToolsPage(Process process, String webSocketUrl) {
        this.process = process;
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(webSocketUrl), new Listener())
                .join();
    }

    public static DevToolsPage open(Path work) throws IOException {
        Path profile = Files.createTempDirectory(work, "devtools");
        Process process = new ProcessBuilder(List.of(
                        Chromium.EXECUTABLE.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--remote-debugging-port=0",
                        "--remote-allow-origins=*",
                        "--window-size=1280,1700",
                        "--user-data-dir=" + profile,
                        "about:blank"))
                .redirectOutput(work.resolve("devtools-stdout.log").toFile())
                .redirectError(work.resolve("devtools-stderr.log").toFile())
                .start();
        try {
            // Chromium writes the port it chose into the profile once DevTools listens.
            Path portFile = profile.resolve("DevToolsActivePort");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> Files.exists(portFile)
                            && !Files.readAllLines(portFile).isEmpty());
            String port = Files.readAllLines(portFile).get(0).trim();
            HttpClient http = HttpClient.newHttpClient();
            String page = Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(
                            () -> {
                                String list = http.send(
                                                HttpRequest.newBuilder(
                                                                URI.create("http://127.0.0.1:" + port + "/json/list"))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .body();
                                for (JsonNode target : JSON.readTree(list)) {
                                    if ("page".equals(target.path("type").asText())) {
                                        return target.path("webSocketDebuggerUrl")
                                                .asText();
                                    }
                                }
                                return null;
                            },
                            url -> url != null);
            return new DevToolsPage(process, page);
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
    }

    public void navigate(String url) {
        call("Page.navigate", Map.of("url", url));
    }

    /** The value of a JavaScript expression in the page, as text ("" for null or undefined). */
    public String evaluate(String expression) {
        JsonNode answer = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        JsonNode value = answer.path("result").path("result").path("value");
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    /** A PNG of what the window shows. */
    public void screenshot(Path png) throws IOException {
        save(call("Page.captureScreenshot", Map.of("format", "png")), png);
    }

    /** A PNG of the whole page, below the fold too, for a person to look at. */
    public void screenshotFullPage(Path png) throws IOException {
        JsonNode size = call("Page.getLayoutMetrics", Map.of()).path("result").path("cssContentSize");
        Map<String, Object> clip = Map.of(
                "x",
                0,
                "y",
                0,
                "scale",
                1,
                "width",
                Math.max(1, size.path("width").asDouble()),
                "height",
                Math.max(1, size.path("height").asDouble()));
        save(call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)), png);
    }

    /** Types text into the focused control, as an input method commits it (Chinese included). */
    public void type(String text) {
        call("Input.insertText", Map.of("text", text));
    }

    /** Presses and releases Enter on the focused control: a form submits as it would from a keyboard. */
    public void pressEnter() {
        call(
                "Input.dispatchKeyEvent",
                Map.of(
                        "type",
                        "keyDown",
                        "key",
                        "Enter",
                        "code",
                        "Enter",
                        "windowsVirtualKeyCode",
                        13,
                        "nativeVirtualKeyCode",
                        13,
                        "text",
                        "\r",
                        "unmodifiedText",
                        "\r"));
        call(
                "Input.dispatchKeyEvent",
                Map.of(
                        "type",
                        "keyUp",
                        "key",
                        "Enter",
                        "code",
                        "Enter",
                        "windowsVirtualKeyCode",
                        13,
                        "nativeVirtualKeyCode",
                        13));
    }

    /** Lays the page out as a phone of that width does (390 px: a common phone), touch and all. */
    public void phoneWidth(int width) {
        call(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** The page's clock zone, so that "today" in the browser is the agencies' calendar day (Asia/Shanghai). */
    public void timeZone(String zoneId) {
        call("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
    }

    private static void save(JsonNode answer, Path png) throws IOException {
        if (answer.has("error")) {
            throw new IllegalStateException("screenshot failed: " + answer.get("error"));
        }
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(
                png,
                java.util.Base64.getDecoder()
                        .decode(answer.path("result").path("data").asText()));
    }

    private JsonNode call(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                    .join();
            return answer.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("DevTools call " + method + " failed", e);
        } finally {
            pending.remove(id);
        }
    }

    @Override
    public void close() {
        socket.abort();
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                try {
                    JsonNode node = JSON.readTree(message.toString());
                    CompletableFuture<JsonNode> waiting =
                            node.has("id") ? pending.get(node.get("id").asInt()) : null;
                    if (waiting != null) {
                        waiting.complete(node);
                    }
                } catch (IOException e) {
                    // Not a protocol message we wait for.
                }
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
