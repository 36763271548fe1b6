package org.gongkai.command.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.command.application.BatchedReceipts;
import org.gongkai.command.application.CaseNumberTurns;
import org.gongkai.command.application.ReceiveApplication;
import org.gongkai.command.batch.ReceiptLane;
import org.gongkai.command.metrics.CommandMetrics;
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
    private final ReceiptLane lane;
    private final CommandMetrics metrics;
    private final TransactionTemplate chunk;
    private final TransactionTemplate savepoint;
    private final int rowsPerChunk;

    ImportChunks(
            CommandGateway commands,
            CaseNumberTurns turns,
            ReceiptLane lane,
            CommandMetrics metrics,
            PlatformTransactionManager transactions,
            @Value("${gongkai.import.chunk-rows:200}") int rowsPerChunk) {
        this.commands = commands;
        this.turns = turns;
        this.lane = lane;
        this.metrics = metrics;
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
                int[] storedTogether = {0};
                answers = chunk.execute(status -> {
                    turns.awaitTurn(); // a batch chunk recording receipts at the same time would deadlock with it
                    Set<String> received = receiveTogether(rows);
                    storedTogether[0] = received.size();
                    return rows.stream().map(row -> record(row, received)).toList();
                });
                metrics.accepted(ReceiveApplication.class, storedTogether[0]);
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

    /**
     * The receipts of the chunk's rows that can be stored together, stored (ADR 0062): the rows' other steps need
     * their applications, and a batch of receipts costs a share of five statements instead of a command each. A
     * receipt that cannot be stored together (refused, its id already used, or the run failed) is left for its row.
     * Answers the ids stored.
     */
    private Set<String> receiveTogether(List<PlannedRow> rows) {
        List<BatchedReceipts.Admitted> admitted = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (PlannedRow row : rows) {
            if (!row.steps().isEmpty() && row.steps().get(0).command() instanceof ReceiveApplication receipt) {
                lane.admit(receipt).filter(a -> ids.add(a.applicationId())).ifPresent(admitted::add);
            }
        }
        return lane.storeTogether(admitted).keySet();
    }

    private Optional<RowError> record(PlannedRow row, Set<String> received) {
        for (PlannedRow.Step step : row.steps()) {
            if (step == row.steps().get(0)
                    && step.command() instanceof ReceiveApplication receipt
                    && received.contains(receipt.applicationId())) {
                continue; // stored with the chunk's other receipts
            }
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
