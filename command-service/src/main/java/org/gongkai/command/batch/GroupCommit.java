package org.gongkai.command.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.command.application.BatchedReceipts;
import org.gongkai.command.application.CaseNumberTurns;
import org.gongkai.command.application.ReceiveApplication;
import org.gongkai.command.metrics.CommandMetrics;
import org.gongkai.command.position.StoredPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Applies a batch with one database commit per chunk of commands (ADR 0039). Each command is handed to its
 * single-write endpoint in this thread (ADR 0040), inside a savepoint: Axon's unit of work and the subscribing
 * projections join the chunk's transaction, a refused command is rolled back to its savepoint alone, and the
 * accepted ones become durable together when the chunk commits. A chunk that cannot commit records none of its
 * commands, and each of them says so; the client sends them again with the same ids.
 */
@Component
class GroupCommit {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final TransactionTemplate chunk;
    private final TransactionTemplate savepoint;
    private final ObjectProvider<DispatcherServlet> endpoints;
    private final ObjectMapper json;
    private final CaseNumberTurns turns;
    private final ReceiptLane lane;
    private final StoredPositions storedPositions;
    private final CommandMetrics metrics;
    private final int chunkSize;

    GroupCommit(
            PlatformTransactionManager transactions,
            CaseNumberTurns turns,
            ReceiptLane lane,
            StoredPositions storedPositions,
            CommandMetrics metrics,
            ObjectProvider<DispatcherServlet> endpoints,
            ObjectMapper json,
            @Value("${gongkai.batch.chunk-size:500}") int chunkSize) {
        this.chunk = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.endpoints = endpoints;
        this.json = json;
        this.turns = turns;
        this.lane = lane;
        this.storedPositions = storedPositions;
        this.metrics = metrics;
        this.chunkSize = Math.max(1, chunkSize);
    }

    List<Map<String, Object>> apply(List<BatchCommand> commands, HttpServletRequest batch, HttpServletResponse out) {
        List<Map<String, Object>> results = new ArrayList<>(commands.size());
        for (int from = 0; from < commands.size(); from += chunkSize) {
            List<BatchCommand> part = commands.subList(from, Math.min(commands.size(), from + chunkSize));
            List<Map<String, Object>> answers;
            int[] storedTogether = {0};
            try {
                answers = chunk.execute(status -> {
                    turns.awaitTurn(); // receipts in two chunks at once would deadlock on their counters
                    List<Map<String, Object>> applied = new ArrayList<>(part.size());
                    List<Pending> run = new ArrayList<>();
                    Set<String> runIds = new HashSet<>();
                    for (BatchCommand command : part) {
                        Optional<BatchedReceipts.Admitted> receipt = lane.admit(command);
                        if (receipt.isPresent() && runIds.add(receipt.get().applicationId())) {
                            run.add(new Pending(command, receipt.get()));
                            continue;
                        }
                        // what comes next may depend on the run (a decision on one of its applications)
                        storedTogether[0] += storeRun(run, applied, batch, out);
                        runIds.clear();
                        applied.add(applyOne(command, batch, out));
                    }
                    storedTogether[0] += storeRun(run, applied, batch, out);
                    return applied;
                });
                metrics.accepted(ReceiveApplication.class, storedTogether[0]);
            } catch (RuntimeException notCommitted) {
                // only the type: a database message may quote the values of the commands
                log.warn("a batch chunk of {} commands was not committed: {}", part.size(), notCommitted.getClass());
                answers = part.stream().map(GroupCommit::notCommitted).toList();
            }
            results.addAll(answers);
        }
        return results;
    }

    /** A receipt waiting to be stored with the others of its run. */
    private record Pending(BatchCommand command, BatchedReceipts.Admitted receipt) {}

    /**
     * Stores a run of admitted receipts together, inside a savepoint (ADR 0062), and empties it. A receipt whose id
     * is already used goes to its single write (a retry answers as the first time, another body 409); if the run
     * cannot be stored at all (an id taken meanwhile by another transaction), the savepoint is rolled back and every
     * receipt of the run goes to its single write. Answers how many were stored together.
     */
    private int storeRun(
            List<Pending> run, List<Map<String, Object>> applied, HttpServletRequest batch, HttpServletResponse out) {
        if (run.isEmpty()) {
            return 0;
        }
        Map<String, LocalDate> stored =
                lane.storeTogether(run.stream().map(Pending::receipt).toList());
        Map<String, String> positions = stored.isEmpty() ? Map.of() : storedPositions.ofFirstEvents(stored.keySet());
        for (Pending pending : run) {
            String id = pending.receipt().applicationId();
            LocalDate dueOn = stored.get(id);
            applied.add(
                    dueOn == null
                            ? applyOne(pending.command(), batch, out)
                            : created(pending, dueOn, positions.get(id)));
        }
        int count = stored.size();
        run.clear();
        return count;
    }

    /** The result the receipt's single write would have given. */
    private static Map<String, Object> created(Pending pending, LocalDate dueOn, String position) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("applicationId", pending.receipt().applicationId());
        answer.put("dueOn", dueOn);
        if (position != null) {
            answer.put("position", position);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("index", pending.command().index());
        result.put("status", 201);
        result.put("id", pending.receipt().applicationId());
        result.put("answer", answer);
        return result;
    }

    private Map<String, Object> applyOne(BatchCommand command, HttpServletRequest batch, HttpServletResponse out) {
        if (command.refusal() != null) {
            return refused(
                    command.index(),
                    command.refusal().status(),
                    command.refusal().problem("/api/batch"));
        }
        try {
            return savepoint.execute(status -> {
                ItemResponse answer = new ItemResponse(out);
                try {
                    endpoints.getObject().service(new ItemRequest(batch, command.path(), command.body()), answer);
                } catch (ServletException | IOException | RuntimeException unexpected) {
                    status.setRollbackOnly();
                    log.warn("batch command {} failed: {}", command.index(), unexpected.getClass(), unexpected);
                    return failed(command.index());
                }
                if (answer.status() >= 300) {
                    status.setRollbackOnly();
                }
                return result(command, answer);
            });
        } catch (TransactionException notApplied) {
            log.warn("batch command {} was not applied: {}", command.index(), notApplied.getClass(), notApplied);
            return failed(command.index());
        }
    }

    private Map<String, Object> result(BatchCommand command, ItemResponse answer) {
        JsonNode body = read(answer.body());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("index", command.index());
        result.put("status", answer.status());
        if (answer.status() >= 300) {
            result.put("problem", body);
            return result;
        }
        String idField =
                BatchPaths.of(command.path()).map(BatchPaths.Endpoint::idField).orElseThrow();
        result.put("id", body.path(idField).asText(null));
        result.put("answer", body);
        return result;
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.nullNode();
        }
    }

    private static Map<String, Object> refused(int index, int status, Map<String, Object> problem) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("index", index);
        result.put("status", status);
        result.put("problem", problem);
        return result;
    }

    private static Map<String, Object> failed(int index) {
        return refused(
                index,
                500,
                new BatchRefusal(
                                500,
                                "NotRecorded",
                                null,
                                "未能保存，请使用相同编号重试：the command was not recorded; " + "send it again with the same id")
                        .problem("/api/batch"));
    }

    private static Map<String, Object> notCommitted(BatchCommand command) {
        if (command.refusal() != null) {
            return refused(
                    command.index(),
                    command.refusal().status(),
                    command.refusal().problem("/api/batch"));
        }
        return refused(
                command.index(),
                503,
                new BatchRefusal(
                                503,
                                "BatchChunkNotCommitted",
                                null,
                                "未能保存，请使用相同编号重试：this part of the batch was not committed, nothing of it "
                                        + "was recorded; send it again with the same ids")
                        .problem("/api/batch"));
    }
}
