package org.gongkai.command.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.clock.Today;
import org.gongkai.events.calendar.StatutoryClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * New applications that arrive together, one after another in a batch (ADR 0062). Each is read and validated as its
 * endpoint reads it, passes the aggregate's own rules for a new receipt ({@link Application#admit}), and then they
 * are stored at once: their case numbers in one statement, their {@code ApplicationReceived} events in one insert
 * through Axon's event store (so the command side's directories and the publisher see them as any other event),
 * each with the metadata Axon would have copied onto it from its command. An application whose id is already used
 * is not stored here: its single write answers it (a retry, or {@code 409}).
 */
@Component
public class BatchedReceipts {

    /** The stream type Axon gives the aggregate's events: the class's simple name. */
    static final String AGGREGATE_TYPE = Application.class.getSimpleName();

    /** A receipt that passed every rule, with its stamped command and its answer due date. */
    public record Admitted(CommandMessage<?> command, LocalDate dueOn) {

        public ReceiveApplication receipt() {
            return (ReceiveApplication) command.getPayload();
        }

        public String applicationId() {
            return receipt().applicationId();
        }
    }

    private final Validator validator;
    private final ApplicantPseudonyms pseudonyms;
    private final Today today;
    private final AgencyDirectory agencies;
    private final StatutoryClock clock;
    private final JdbcCaseNumbers caseNumbers;
    private final EventStore events;
    private final List<CorrelationDataProvider> correlation;
    private final JdbcTemplate jdbc;

    BatchedReceipts(
            Validator validator,
            ApplicantPseudonyms pseudonyms,
            Today today,
            AgencyDirectory agencies,
            StatutoryClock clock,
            JdbcCaseNumbers caseNumbers,
            EventStore events,
            org.axonframework.config.Configuration axon,
            JdbcTemplate jdbc) {
        this.validator = validator;
        this.pseudonyms = pseudonyms;
        this.today = today;
        this.agencies = agencies;
        this.clock = clock;
        this.caseNumbers = caseNumbers;
        this.events = events;
        this.correlation = List.copyOf(axon.correlationDataProviders());
        this.jdbc = jdbc;
    }

    /**
     * The command of a receipt body read by {@code reader} (the endpoint's own JSON reader) and valid as the
     * endpoint validates it; empty when the endpoint would refuse it.
     */
    public Optional<ReceiveApplication> read(byte[] body, ObjectMapper reader) {
        ApplicationController.Receipt receipt;
        try {
            receipt = reader.readValue(body, ApplicationController.Receipt.class);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        if (receipt == null || !validator.validate(receipt).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ApplicationController.command(receipt, pseudonyms));
        } catch (RuntimeException refused) {
            return Optional.empty(); // an applicant key this deployment cannot take: the endpoint says why
        }
    }

    /** The receipt, once it passed the aggregate's rules for a new receipt; empty when they refuse it. */
    public Optional<Admitted> admit(CommandMessage<?> stamped) {
        if (!(stamped.getPayload() instanceof ReceiveApplication receipt)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Admitted(stamped, Application.admit(receipt, today, agencies, clock)));
        } catch (RuntimeException refused) {
            return Optional.empty(); // its single write refuses it again, with its own problem
        }
    }

    /**
     * Stores the admitted receipts whose ids no stream uses yet, in the caller's transaction, and answers their due
     * dates by id. Distinct ids only. Anything that fails here is thrown: the caller rolls back to its savepoint,
     * and no number or event of these receipts is left.
     */
    public Map<String, LocalDate> store(List<Admitted> admitted) {
        Set<String> used = used(admitted.stream().map(Admitted::applicationId).toList());
        List<Admitted> fresh =
                admitted.stream().filter(a -> !used.contains(a.applicationId())).toList();
        if (fresh.isEmpty()) {
            return Map.of();
        }
        List<String> numbers =
                caseNumbers.next(fresh.stream().map(Admitted::receipt).toList());
        List<DomainEventMessage<?>> received = new ArrayList<>(fresh.size());
        Map<String, LocalDate> stored = new LinkedHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            Admitted receipt = fresh.get(i);
            received.add(new GenericDomainEventMessage<>(
                    AGGREGATE_TYPE,
                    receipt.applicationId(),
                    0L,
                    Application.received(receipt.receipt(), receipt.dueOn(), numbers.get(i)),
                    correlationData(receipt.command())));
            stored.put(receipt.applicationId(), receipt.dueOn());
        }
        events.publish(received);
        return stored;
    }

    /** What Axon's unit of work copies from a command onto each event it applies. */
    private Map<String, Object> correlationData(CommandMessage<?> command) {
        Map<String, Object> data = new HashMap<>();
        for (CorrelationDataProvider provider : correlation) {
            data.putAll(provider.correlationDataFor(command));
        }
        return data;
    }

    /** The ids among these that a stream of any kind already uses (ids are global across kinds, ADR 0006). */
    private Set<String> used(List<String> ids) {
        Set<String> used = new HashSet<>();
        jdbc.execute((Connection connection) -> {
            Array wanted = connection.createArrayOf("text", ids.toArray());
            try (PreparedStatement statement =
                    connection.prepareStatement("select aggregateIdentifier from domainevententry "
                            + "where aggregateIdentifier = any(?) and sequenceNumber = 0")) {
                statement.setArray(1, wanted);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        used.add(rows.getString(1));
                    }
                }
            }
            return null;
        });
        return used;
    }
}
