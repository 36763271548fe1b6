package org.gongkai.command.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.gongkai.command.application.BatchedReceipts;
import org.gongkai.command.application.ReceiveApplication;
import org.gongkai.command.clock.Today;
import org.gongkai.command.limits.CommandInputLimits;
import org.gongkai.command.security.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Which receipts of a batch may be stored together (ADR 0062): a new application that its single write would accept
 * as it is. It is read by the endpoint's own JSON reader and validated as the endpoint validates it, then meets, in
 * the order the command gateway and the command bus apply them, the input limits, the personal-data and scope checks
 * and the audit stamp, and the aggregate's rules for a new receipt. The checks are the same code, not copies. Any
 * receipt that fails one goes to its single write, which refuses it with its own problem body.
 */
@Component
class ReceiptLane {

    static final String PATH = "/api/applications";

    private final BatchedReceipts receipts;
    private final AuditTrail audit;
    private final Today today;
    private final ObjectProvider<RequestMappingHandlerAdapter> endpoints;
    private volatile ObjectMapper reader;

    ReceiptLane(
            BatchedReceipts receipts,
            AuditTrail audit,
            Today today,
            ObjectProvider<RequestMappingHandlerAdapter> endpoints) {
        this.receipts = receipts;
        this.audit = audit;
        this.today = today;
        this.endpoints = endpoints;
    }

    /** The receipt, admitted; empty when the command is not a receipt its single write would accept. */
    Optional<BatchedReceipts.Admitted> admit(BatchCommand command) {
        if (command.refusal() != null || !PATH.equals(command.path())) {
            return Optional.empty();
        }
        Optional<ReceiveApplication> receipt = receipts.read(command.body(), reader());
        if (receipt.isEmpty()) {
            return Optional.empty();
        }
        CommandMessage<?> stamped;
        try {
            CommandInputLimits.check(receipt.get(), today.date());
            stamped = audit.stamp(GenericCommandMessage.asCommandMessage(receipt.get()));
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
        return receipts.admit(stamped);
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
