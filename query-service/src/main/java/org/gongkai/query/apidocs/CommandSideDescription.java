package org.gongkai.query.apidocs;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.query.frontdoor.CommandServices;
import org.gongkai.query.frontdoor.FrontDoorIdentity;
import org.gongkai.security.PrincipalAssertion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The writes live in the command service and are described there, from their own controllers and request
 * records; the front door asks that service for its description (as the signed-in reader, like any forwarded
 * request) and merges in exactly the operations it forwards: every write under {@code /api/} but its own
 * (publication, submission, the operator endpoints), and the import's reads under {@code /api/imports/}. Where
 * both describe one path and method, the front door's own operation is the one clients reach, so it stays.
 */
@Component
class CommandSideDescription {

    private static final Logger log = LoggerFactory.getLogger(CommandSideDescription.class);

    private final String target;
    private final FrontDoorIdentity identity;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CommandSideDescription(@Value("${gongkai.command-service.url:}") String target, FrontDoorIdentity identity) {
        // every command service describes the same API: the first of the list is asked
        var targets = CommandServices.of(target);
        this.target = targets.isEmpty() ? "" : targets.inOrder().get(0).toString();
        this.identity = identity;
    }

    void mergeInto(OpenAPI openApi) {
        HttpServletRequest request = currentRequest();
        if (target.isBlank() || request == null) {
            return; // no command service behind this front door: it describes what it serves itself
        }
        OpenAPI commandSide = fetch(request);
        if (commandSide == null || commandSide.getPaths() == null) {
            return;
        }
        if (openApi.getPaths() == null) {
            openApi.setPaths(new Paths());
        }
        Map<String, String> ownPaths = new HashMap<>();
        openApi.getPaths().keySet().forEach(path -> ownPaths.put(shape(path), path));
        commandSide
                .getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    if (!forwarded(method, path)) {
                        return;
                    }
                    String own = ownPaths.computeIfAbsent(shape(path), shape -> {
                        openApi.getPaths().addPathItem(path, new PathItem().parameters(item.getParameters()));
                        return path;
                    });
                    PathItem ownItem = openApi.getPaths().get(own);
                    if (!ownItem.readOperationsMap().containsKey(method)) {
                        ownItem.operation(method, operation);
                    }
                }));
        if (commandSide.getComponents() != null && commandSide.getComponents().getSchemas() != null) {
            commandSide.getComponents().getSchemas().forEach((name, schema) -> {
                if (openApi.getComponents().getSchemas() == null
                        || !openApi.getComponents().getSchemas().containsKey(name)) {
                    openApi.getComponents().addSchemas(name, schema);
                }
            });
        }
    }

    /** As the forwarding filter decides: reads stay at the front door, but for the import's template and progress. */
    private static boolean forwarded(PathItem.HttpMethod method, String path) {
        if (!path.startsWith("/api/")
                || path.startsWith("/api/admin/projections")
                || path.startsWith("/api/admin/year-end")) {
            return false;
        }
        boolean read = method == PathItem.HttpMethod.GET
                || method == PathItem.HttpMethod.HEAD
                || method == PathItem.HttpMethod.OPTIONS;
        return !read || path.startsWith("/api/imports/");
    }

    /** {@code /api/agencies/{id}/x} and {@code /api/agencies/{agencyId}/x} are one path. */
    static String shape(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private OpenAPI fetch(HttpServletRequest request) {
        try {
            HttpRequest.Builder ask = HttpRequest.newBuilder(URI.create(target + "/v3/api-docs"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            identity.signerFor(request, PrincipalAssertion.Purpose.FORWARDED)
                    .headers("GET", "/v3/api-docs", null, new byte[0])
                    .forEach(ask::header);
            HttpResponse<byte[]> answer = client.send(ask.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                log.warn("the command service answered {} for its API description", answer.statusCode());
                return null;
            }
            return Json.mapper().readValue(answer.body(), OpenAPI.class);
        } catch (IOException e) {
            log.warn("the command service's API description could not be read: {}", e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest()
                : null;
    }
}
