package org.gongkai.command.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.command.rejection.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Imports one register file for one agency. A dry run reads and checks every row and sends nothing. A real run
 * sends the commands of every valid row through the command gateway, so each passes the same dispatch checks
 * (sign-in, scope, personal data) and aggregate rules as the same write through the API, a few rows at a time on
 * worker threads that act for the uploader. The commands of one row go in order on one thread.
 */
@Component
class RegisterImport {

    private static final Logger log = LoggerFactory.getLogger(RegisterImport.class);

    /**
     * Refusals of a later step that mean the step was recorded by an earlier upload of the same row: the
     * supplement is already requested or received, the application already closed (a different decision still
     * answers ApplicationClosed from the decision step itself, which is not a later step).
     */
    private static final Set<String> ALREADY_RECORDED =
            Set.of("SupplementAlreadyRequested", "SupplementNotRequested", "ApplicationClosed");

    private final CommandGateway commands;
    private final AgencyDirectory agencies;
    private final Today today;
    private final ImportProgress progress;
    private final int concurrency;

    RegisterImport(
            CommandGateway commands,
            AgencyDirectory agencies,
            Today today,
            ImportProgress progress,
            @Value("${gongkai.import.concurrency:4}") int concurrency) {
        this.commands = commands;
        this.agencies = agencies;
        this.today = today;
        this.progress = progress;
        this.concurrency = Math.max(1, concurrency);
    }

    ImportAnswer run(String agencyId, byte[] file, boolean dryRun, String progressId) {
        agencies.requireRegistered("agencyId", agencyId);
        Register register = RegisterFile.read(file);
        RegisterRows rows = RegisterRows.of(register.header(), agencyId, today.date());
        List<RowError> errors = new ArrayList<>();
        List<PlannedRow> planned = new ArrayList<>();
        for (Register.Line line : register.lines()) {
            RegisterRows.Read read = rows.read(line);
            errors.addAll(read.errors());
            if (read.planned() != null) {
                planned.add(read.planned());
            }
        }
        int total = register.lines().size();
        if (dryRun) {
            return new ImportAnswer(true, total, planned.size(), total - planned.size(), errors);
        }
        ImportProgress.Tracker tracker = progress.start(progressId, total, total - planned.size());
        try {
            List<RowError> refused = record(planned, tracker);
            errors.addAll(refused);
            errors.sort(Comparator.comparingInt(RowError::row));
            int rejectedRows =
                    (int) errors.stream().mapToInt(RowError::row).distinct().count();
            log.info("imported a register for agency {}: {} rows, {} refused", agencyId, total, rejectedRows);
            return new ImportAnswer(false, total, total - rejectedRows, rejectedRows, errors);
        } finally {
            tracker.finish();
        }
    }

    private List<RowError> record(List<PlannedRow> planned, ImportProgress.Tracker tracker) {
        SecurityContext uploader = SecurityContextHolder.getContext();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Optional<RowError>>> results = new ArrayList<>();
            for (PlannedRow row : planned) {
                results.add(workers.submit(() -> {
                    SecurityContextHolder.setContext(uploader);
                    RequestContextHolder.setRequestAttributes(request);
                    try {
                        Optional<RowError> refusal = record(row);
                        tracker.rowDone(refusal.isEmpty());
                        return refusal;
                    } finally {
                        RequestContextHolder.resetRequestAttributes();
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<RowError> refused = new ArrayList<>();
            for (Future<Optional<RowError>> result : results) {
                result.get().ifPresent(refused::add);
            }
            return refused;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a row of the import failed unexpectedly", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private Optional<RowError> record(PlannedRow row) {
        for (PlannedRow.Step step : row.steps()) {
            try {
                commands.sendAndWait(step.command());
            } catch (Rejection rejection) {
                if (step.followUp() && ALREADY_RECORDED.contains(rejection.rule())) {
                    continue;
                }
                return Optional.of(new RowError(
                        row.row(), step.columnOf(rejection.field()), rejection.rule(), rejection.getMessage()));
            } catch (RuntimeException failure) {
                log.warn("row {} of an import was not recorded: {}", row.row(), failure.toString());
                return Optional.of(new RowError(
                        row.row(),
                        null,
                        "NotRecorded",
                        "未能记录，请重新上传（已记录的行不会重复）：the row could not be recorded; upload the file again, "
                                + "rows already recorded are not recorded twice"));
            }
        }
        return Optional.empty();
    }
}
