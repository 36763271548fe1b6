package org.gongkai.query.frontdoor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.gongkai.security.CanonicalPath;
import org.gongkai.security.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Sends publication and submission commands, with their snapshots, to the command service (ADR 0009). */
@Component
public class CommandServiceClient {

    /** The command service's answer, relayed as is. */
    public record Answer(int status, String contentType, byte[] body, String position) {

        /** The answer relayed to the client as the command service gave it, with its position header (ADR 0023). */
        public ResponseEntity<byte[]> relayed() {
            HttpHeaders headers = new HttpHeaders();
            if (position != null) {
                headers.set("Gongkai-Position", position);
            }
            return ResponseEntity.status(status)
                    .headers(headers)
                    .contentType(MediaType.parseMediaType(contentType))
                    .body(body);
        }
    }

    private final CommandServices targets;
    private final ObjectMapper mapper;
    private final CloseableHttpClient client;

    CommandServiceClient(
            @Value("${gongkai.command-service.url:}") String target,
            ObjectMapper mapper,
            CommandServiceConnections connections) {
        this.targets = CommandServices.of(target);
        this.mapper = mapper;
        this.client = connections.client();
    }

    public Answer publish(
            String agencyId, int year, String reason, String snapshot, FrontDoorIdentity.Signer identity) {
        return send(
                "/api/agencies/" + encode(agencyId) + "/reports/" + year + "/publication",
                reason,
                snapshot,
                identity,
                "publishing",
                "published");
    }

    public Answer submit(
            String agencyId, int year, int quarter, String reason, String snapshot, FrontDoorIdentity.Signer identity) {
        return send(
                "/api/agencies/" + encode(agencyId) + "/statistics/" + year + "/" + quarter + "/submission",
                reason,
                snapshot,
                identity,
                "submitting",
                "submitted");
    }

    private Answer send(
            String path, String reason, String snapshot, FrontDoorIdentity.Signer identity, String doing, String done) {
        if (targets.isEmpty()) {
            throw unavailable(doing + " needs the command service: gongkai.command-service.url is not set");
        }
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("snapshot", snapshot);
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (URI target : targets.inOrder()) {
            URI uri = URI.create(target + path);
            HttpPost request = new HttpPost(uri);
            request.setEntity(new ByteArrayEntity(json, null));
            request.setHeader("Content-Type", "application/json");
            identity.headers("POST", uri.getRawPath(), uri.getRawQuery(), json).forEach(request::setHeader);
            try {
                return client.execute(
                        request,
                        answer -> new Answer(
                                answer.getCode(),
                                header(answer, "Content-Type", "application/json"),
                                answer.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(answer.getEntity()),
                                header(answer, "Gongkai-Position", null)));
            } catch (IOException e) {
                if (!CommandServices.notReached(e)) {
                    throw unavailable("the command service did not answer; it may have been " + done
                            + ": look at the versions before sending it again");
                }
            }
        }
        throw unavailable("no command service could be reached; nothing was " + done);
    }

    private static String header(HttpResponse answer, String name, String absent) {
        Header value = answer.getFirstHeader(name);
        return value == null ? absent : value.getValue();
    }

    /** The one spelling the command port accepts ({@link CanonicalPath}), which the assertion is bound to. */
    private static String encode(String pathSegment) {
        return CanonicalPath.encodeSegment(pathSegment);
    }

    private static ErrorResponseException unavailable(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Command service unavailable");
        problem.setType(Problems.type("CommandServiceUnavailable"));
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
    }
}
