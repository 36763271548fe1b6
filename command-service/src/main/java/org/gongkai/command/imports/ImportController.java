package org.gongkai.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.regex.Pattern;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.command.rejection.Rejection;
import org.gongkai.events.user.UserRole;
import org.gongkai.security.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register import (CONTRACT.md §5, ADR 0024): upload a CSV or .xlsx register, dry run first, then record; the
 * template to fill in; the progress of a running import. Importing needs the write scope of the agency: one of
 * its clerks, or an administrator.
 */
@RestController
class ImportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Pattern PROGRESS_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final RegisterImport registerImport;
    private final ImportProgress progress;

    ImportController(RegisterImport registerImport, ImportProgress progress) {
        this.registerImport = registerImport;
        this.progress = progress;
    }

    /** Without {@code dryRun=false} nothing is recorded: a forgotten parameter must not write a whole register. */
    @Operation(
            summary = "Import a register (导入登记簿): CSV (UTF-8, UTF-8 with BOM, GB18030) or .xlsx",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = {
                                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                                @Content(
                                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        schema = @Schema(type = "string", format = "binary"))
                            }))
    @PostMapping("/api/agencies/{id}/imports")
    ImportAnswer importRegister(
            @PathVariable String id,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(required = false) String progressId,
            @RequestBody(required = false) byte[] file) {
        requireWriteScope(id);
        if (progressId != null && !PROGRESS_ID.matcher(progressId).matches()) {
            throw new InvalidValue("progressId", "格式错误：progressId must be 1 to 64 letters, digits, '-' or '_'");
        }
        return registerImport.run(id, file == null ? new byte[0] : file, dryRun, progressId);
    }

    @GetMapping("/api/imports/progress/{progressId}")
    ImportProgress.Snapshot progress(@PathVariable String progressId) {
        return progress.of(progressId).orElseThrow(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, "未找到导入：no import with progressId " + progressId + " is known here");
            problem.setTitle("UnknownId");
            problem.setProperty("rule", "UnknownId");
            problem.setProperty("field", "progressId");
            return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        });
    }

    @GetMapping("/api/imports/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate() {
        return download(ImportTemplate.xlsx(), XLSX, "gongkai-import-template.xlsx");
    }

    @GetMapping("/api/imports/template.csv")
    ResponseEntity<byte[]> csvTemplate() {
        return download(
                ImportTemplate.csv(),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "gongkai-import-template.csv");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }

    private static void requireWriteScope(String agencyId) {
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user
                && (user.role() == UserRole.ADMIN
                        || (user.role() == UserRole.CLERK && agencyId.equals(user.agencyId())))) {
            return;
        }
        throw new OutOfImportScope();
    }

    /** A supervisor, or a clerk of another agency: 403, nothing read or recorded. */
    static final class OutOfImportScope extends Rejection {
        OutOfImportScope() {
            super(Kind.FORBIDDEN, null, "无权操作：only a clerk of this agency or an administrator may import its register");
        }

        @Override
        public String rule() {
            return "OwnAgencyOnly";
        }
    }
}
