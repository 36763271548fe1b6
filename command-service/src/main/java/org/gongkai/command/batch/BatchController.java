package org.gongkai.command.batch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/batch}: up to {@value BatchCommands#MAX_COMMANDS} single writes, as a JSON array or as NDJSON,
 * each {@code {"path": "/api/applications", "body": {…}}}. The answer holds one result per command, in the order
 * sent: its status and id, or its problem, exactly as the single write would have answered.
 */
@RestController
class BatchController {

    static final String NDJSON = "application/x-ndjson";

    private final GroupCommit groupCommit;

    /** For the API description: one command as sent. */
    record Command(String path, Map<String, Object> body) {}

    BatchController(GroupCommit groupCommit) {
        this.groupCommit = groupCommit;
    }

    @Operation(
            summary = "Batch writes (批量登记): up to 1,000 single writes, one result per command in order",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(type = "array", implementation = Command.class)),
                                @Content(mediaType = NDJSON, schema = @Schema(type = "string"))
                            }))
    @PostMapping(
            path = "/api/batch",
            consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON})
    Map<String, Object> apply(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ndjson =
                MediaType.parseMediaType(NDJSON).isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
        List<BatchCommand> commands =
                BatchCommands.read(request.getInputStream().readAllBytes(), ndjson);
        return Map.of("results", groupCommit.apply(commands, request, response));
    }

    @ExceptionHandler(BatchRefusal.class)
    ResponseEntity<Map<String, Object>> refused(BatchRefusal refusal, HttpServletRequest request) {
        return ResponseEntity.status(refusal.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(refusal.problem(request.getRequestURI()));
    }
}
