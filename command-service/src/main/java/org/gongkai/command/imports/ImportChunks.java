package org.gongkai.command.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.command.application.CaseNumberTurns;
import org.gongkai.command.rejection.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the rows of a real run with group commit, as a batch does (ADR 0039, ADR 0051): a chunk of rows is one
 * database transaction and each command its own savepoint in it. A refused step is rolled back alone and ends its
 * row, as it did when every command committed alone; the accepted facts of the chunk become durable at one commit,
 * one WAL flush for a few hundred facts instead of one each. A chunk that cannot commit records none of its rows,
 * and each of them says so: uploading the file again records them, and nothing twice (ADR 0006).
 *
 * <p>One thread, in file order, and a chunk takes its turn with batch chunks ({@link CaseNumberTurns}): every
 * receipt of one agency and year takes the same case-number counter row, which a chunk holds until its commit, so
 * chunks in parallel would only wait for each other, or deadlock.
 */
@Component
class ImportChunks {

    private static final Logger log = LoggerFactory.getLogger(ImportChunks.class);

    /**
     * Refusals of a later step that mean the step was recorded by an earlier upload of the same row: the
     * supplement is already requested or received, the application already closed (a different decision still
     * answers ApplicationClosed from the decision step itself, which is not a later step).
     */
    private static final Set<String> ALREADY_RECORDED =
            Set.of("SupplementAlreadyRequested", "SupplementNotRequested", "ApplicationClosed");

    private final CommandGateway commands;
    private final CaseNumberTurns turns;
    private final TransactionTemplate chunk;
    private final TransactionTemplate savepoint;
    private final int rowsPerChunk;

    ImportChunks(
            CommandGateway commands,
            CaseNumberTurns turns,
            PlatformTransactionManager transactions,
            @Value("${gongkai.import.chunk-rows:200}") int rowsPerChunk) {
        this.commands = commands;
        this.turns = turns;
        this.chunk = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.rowsPerChunk = Math.max(1, rowsPerChunk);
    }

    /** Records every planned row; answers the refused rows (a row refused at a step keeps its earlier steps). */
    List<RowError> record(List<PlannedRow> planned, ImportProgress.Tracker tracker) {
        List<RowError> refused = new ArrayList<>();
        for (int from = 0; from < planned.size(); from += rowsPerChunk) {
            List<PlannedRow> rows = planned.subList(from, Math.min(planned.size(), from + rowsPerChunk));
            List<Optional<RowError>> answers;
            try {
                answers = chunk.execute(status -> {
                    turns.awaitTurn(); // a batch chunk recording receipts at the same time would deadlock with it
                    return rows.stream().map(this::record).toList();
                });
            } catch (RuntimeException notCommitted) {
                // only the type: a database message may quote the values of the rows
                log.warn("{} rows of an import were not committed: {}", rows.size(), notCommitted.getClass());
                answers =
                        rows.stream().map(row -> Optional.of(notRecorded(row))).toList();
            }
            for (Optional<RowError> answer : answers) {
                tracker.rowDone(answer.isEmpty());
                answer.ifPresent(refused::add);
            }
        }
        return refused;
    }

    private Optional<RowError> record(PlannedRow row) {
        for (PlannedRow.Step step : row.steps()) {
            Optional<RowError> refusal = savepoint.execute(status -> {
                try {
                    commands.sendAndWait(step.command());
                    return Optional.<RowError>empty();
                } catch (Rejection rejection) {
                    status.setRollbackOnly();
                    if (step.followUp() && ALREADY_RECORDED.contains(rejection.rule())) {
                        return Optional.<RowError>empty();
                    }
                    return Optional.of(new RowError(
                            row.row(), step.columnOf(rejection.field()), rejection.rule(), rejection.getMessage()));
                } catch (RuntimeException failure) {
                    status.setRollbackOnly();
                    log.warn("row {} of an import was not recorded: {}", row.row(), failure.toString());
                    return Optional.of(notRecorded(row));
                }
            });
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static RowError notRecorded(PlannedRow row) {
        return new RowError(
                row.row(),
                null,
                "NotRecorded",
                "未能记录，请重新上传（已记录的行不会重复）：the row could not be recorded; upload the file again, "
                        + "rows already recorded are not recorded twice");
    }
}
