package org.gongkai.command.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.gongkai.command.application.BatchedReceipts;
import org.gongkai.command.application.ReceiveApplication;
import org.gongkai.command.clock.Today;
import org.gongkai.command.limits.CommandInputLimits;
import org.gongkai.command.security.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Which receipts of a batch may be stored together (ADR 0062): a new application that its single write would accept
 * as it is. It is read by the endpoint's own JSON reader and validated as the endpoint validates it, then meets, in
 * the order the command gateway and the command bus apply them, the input limits, the personal-data and scope checks
 * and the audit stamp, and the aggregate's rules for a new receipt. The checks are the same code, not copies. Any
 * receipt that fails one goes to its single write, which refuses it with its own problem body. A register import
 * stores the receipts of its rows through here too.
 *
 * <p>A dispatch or handler interceptor added to the command gateway or bus, or a rule added to the aggregate's
 * receipt handler outside {@code Application.admit}, must be applied here as well: this lane does not dispatch.
 */
@Component
public class ReceiptLane {

    private static final Logger log = LoggerFactory.getLogger(ReceiptLane.class);

    static final String PATH = "/api/applications";

    private final BatchedReceipts receipts;
    private final AuditTrail audit;
    private final Today today;
    private final ObjectProvider<RequestMappingHandlerAdapter> endpoints;
    private final TransactionTemplate savepoint;
    private volatile ObjectMapper reader;

    ReceiptLane(
            BatchedReceipts receipts,
            AuditTrail audit,
            Today today,
            ObjectProvider<RequestMappingHandlerAdapter> endpoints,
            PlatformTransactionManager transactions) {
        this.receipts = receipts;
        this.audit = audit;
        this.today = today;
        this.endpoints = endpoints;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The receipt, admitted; empty when the command is not a receipt its single write would accept. */
    Optional<BatchedReceipts.Admitted> admit(BatchCommand command) {
        if (command.refusal() != null || !PATH.equals(command.path())) {
            return Optional.empty();
        }
        return receipts.read(command.body(), reader()).flatMap(this::admit);
    }

    /**
     * A receipt made by the command side itself (a row of a register import), admitted as the gateway and the bus
     * would check it; empty when they or the aggregate's rules would refuse it.
     */
    public Optional<BatchedReceipts.Admitted> admit(ReceiveApplication receipt) {
        CommandMessage<?> stamped;
        try {
            CommandInputLimits.check(receipt, today.date());
            stamped = audit.stamp(GenericCommandMessage.asCommandMessage(receipt));
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
        return receipts.admit(stamped);
    }

    /**
     * Stores admitted receipts with distinct ids together, inside a savepoint of the caller's transaction, and
     * answers the due dates of those it stored by id. Nothing is stored when that fails: the savepoint is rolled
     * back and the answer is empty, so every receipt goes to its single write.
     */
    public Map<String, LocalDate> storeTogether(List<BatchedReceipts.Admitted> admitted) {
        if (admitted.isEmpty()) {
            return Map.of();
        }
        // The batch's own position is the newest stored event once all its commands ran (PositionAnswer): these
        // events must not be remembered as the request's last write, or a later command's would lie past it.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.resetRequestAttributes();
        try {
            return savepoint.execute(status -> receipts.store(admitted));
        } catch (RuntimeException notStored) {
            log.info(
                    "{} receipts were not stored together ({}); each goes alone",
                    admitted.size(),
                    notStored.getClass());
            return Map.of();
        } finally {
            RequestContextHolder.setRequestAttributes(request);
        }
    }

    /** The reader of the endpoints' JSON bodies, strict as the endpoints read them. */
    private ObjectMapper reader() {
        ObjectMapper known = reader;
        if (known == null) {
            known = endpoints.getObject().getMessageConverters().stream()
                    .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                    .map(converter -> ((MappingJackson2HttpMessageConverter) converter).getObjectMapper())
                    .findFirst()
                    .orElseThrow();
            reader = known;
        }
        return known;
    }
}
