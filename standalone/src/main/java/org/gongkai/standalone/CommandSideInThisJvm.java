package org.gongkai.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.InputBuffer;
import org.apache.coyote.OutputBuffer;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.gongkai.query.frontdoor.InProcessCommandSide;
import org.slf4j.MDC;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The command service of this stack, reached without a socket (ADR 0041): a write is handed to the command
 * context's Tomcat connector as an in-memory request, through the same adapter an HTTP request goes through, so
 * the URI is decoded and normalised by Tomcat and every filter (request edge, assertion check, scope check, audit),
 * the error pages and the controllers run exactly as for HTTP. What is saved is the socket, the HTTP encoding and
 * parsing on both ends, and the hand-over between a client thread and a Tomcat thread: the front door's request
 * thread runs the command side.
 *
 * <p>At most {@link #WRITE_CONCURRENCY} writes run on the command side at once; the others wait for their turn
 * (item 5 of issue 13, ADR 0042). Two cores serve the request threads and the single-threaded stages behind a
 * write (outbox publisher, broker, projection); with one request thread per client the writes took the cores and
 * the readers saw each write later the more writes came in.
 */
final class CommandSideInThisJvm implements InProcessCommandSide {

    private static final String LOOPBACK = "127.0.0.1";
    /** Writes at once: {@code gongkai.standalone.write-concurrency}, by default twice the cores. */
    static final String WRITE_CONCURRENCY = "gongkai.standalone.write-concurrency";

    private final Supplier<ConfigurableApplicationContext> commandService;
    private final Semaphore turns;

    CommandSideInThisJvm(Supplier<ConfigurableApplicationContext> commandService) {
        this(
                commandService,
                Integer.getInteger(WRITE_CONCURRENCY, 2 * Runtime.getRuntime().availableProcessors()));
    }

    CommandSideInThisJvm(Supplier<ConfigurableApplicationContext> commandService, int concurrentWrites) {
        if (concurrentWrites < 1) {
            throw new IllegalArgumentException(WRITE_CONCURRENCY + " must be at least 1, was " + concurrentWrites);
        }
        this.commandService = commandService;
        this.turns = new Semaphore(concurrentWrites, true);
    }

    @Override
    public Optional<Answer> exchange(
            String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body)
            throws IOException {
        Optional<Connector> connector = runningConnector();
        if (connector.isEmpty()) {
            return Optional.empty();
        }
        Request request = request(connector.get(), method, rawPath, rawQuery, headers, body);
        ByteArrayOutputStream answerBody = new ByteArrayOutputStream();
        Response response = new Response();
        response.setOutputBuffer(new Collected(answerBody));
        request.setResponse(response);
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty(); // not handed over: nothing recorded
        }
        ThreadState caller = ThreadState.save();
        try {
            connector.get().getProtocolHandler().getAdapter().service(request, response);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the command side failed on the request", e);
        } finally {
            caller.restore(); // the command side's filters clear what they set, also what the front door had set
            turns.release();
        }
        return Optional.of(new Answer(response.getStatus(), headersOf(response), answerBody.toByteArray()));
    }

    private Optional<Connector> runningConnector() {
        ConfigurableApplicationContext context = commandService.get();
        if (context == null || !context.isActive()) {
            return Optional.empty();
        }
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        Connector connector = server.getTomcat().getConnector();
        return connector.getState().isAvailable() ? Optional.of(connector) : Optional.empty();
    }

    private static Request request(
            Connector connector,
            String method,
            String rawPath,
            String rawQuery,
            Map<String, String> headers,
            byte[] body) {
        Request request = new Request();
        request.setStartTimeNanos(System.nanoTime());
        request.setMethod(method);
        // as bytes, like a parsed request line: Tomcat then decodes and normalises the URI itself
        byte[] uri = rawPath.getBytes(StandardCharsets.ISO_8859_1);
        request.requestURI().setBytes(uri, 0, uri.length);
        if (rawQuery != null) {
            request.queryString().setString(rawQuery);
        }
        request.protocol().setString("HTTP/1.1");
        request.scheme().setString("http");
        int port = connector.getLocalPort();
        request.serverName().setString(LOOPBACK);
        request.setServerPort(port);
        request.localName().setString(LOOPBACK);
        request.localAddr().setString(LOOPBACK);
        request.setLocalPort(port);
        request.remoteAddr().setString(LOOPBACK);
        request.peerAddr().setString(LOOPBACK);
        request.remoteHost().setString(LOOPBACK);
        MimeHeaders mime = request.getMimeHeaders();
        mime.addValue("Host").setString(LOOPBACK + ":" + port);
        headers.forEach((name, value) -> mime.addValue(name).setString(value));
        mime.addValue("Content-Length").setLong(body.length);
        request.setContentLength(body.length);
        request.setInputBuffer(new Body(body));
        return request;
    }

    private static Map<String, String> headersOf(Response response) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        MimeHeaders mime = response.getMimeHeaders();
        for (int i = 0; i < mime.size(); i++) {
            headers.putIfAbsent(mime.getName(i).toString(), mime.getValue(i).toString());
        }
        // kept apart from the headers until an HTTP processor would write them
        if (response.getContentType() != null) {
            headers.put("Content-Type", response.getContentType());
        }
        return headers;
    }

    /** The request body, handed to Tomcat in one piece. */
    private static final class Body implements InputBuffer {

        private final byte[] bytes;
        private boolean read;

        Body(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int doRead(ApplicationBufferHandler handler) {
            if (read || bytes.length == 0) {
                return -1;
            }
            read = true;
            handler.setByteBuffer(ByteBuffer.wrap(bytes));
            return bytes.length;
        }

        @Override
        public int available() {
            return read ? 0 : bytes.length;
        }
    }

    /** The answer's body, collected to be written to the front door's client with the status and headers. */
    private static final class Collected implements OutputBuffer {

        private final ByteArrayOutputStream out;

        Collected(ByteArrayOutputStream out) {
            this.out = out;
        }

        @Override
        public int doWrite(ByteBuffer chunk) {
            int length = chunk.remaining();
            byte[] bytes = new byte[length];
            chunk.get(bytes);
            out.write(bytes, 0, length);
            return length;
        }

        @Override
        public long getBytesWritten() {
            return out.size();
        }
    }

    /**
     * The front door's thread-bound state: the command side's filters set their own and clear it when done, which
     * would leave the front door's request without its signed-in user, request attributes, locale and log context.
     */
    private record ThreadState(
            SecurityContext security, RequestAttributes attributes, LocaleContext locale, Map<String, String> log) {

        static ThreadState save() {
            return new ThreadState(
                    SecurityContextHolder.getContext(),
                    RequestContextHolder.getRequestAttributes(),
                    LocaleContextHolder.getLocaleContext(),
                    MDC.getCopyOfContextMap());
        }

        void restore() {
            SecurityContextHolder.setContext(security);
            RequestContextHolder.setRequestAttributes(attributes);
            LocaleContextHolder.setLocaleContext(locale);
            if (log == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(log);
            }
        }
    }
}
