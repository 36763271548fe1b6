package org.gongkai.command.eventstore;

import java.util.Objects;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates a stream without first reading it (ADR 0065). A create with a client-supplied id is almost always new, yet
 * Axon's {@code CREATE_IF_MISSING} reads the stream before every one of them, to answer a retry like the first time.
 * Here the first try assumes the stream is new: the event store answers an empty stream for that one id without
 * asking PostgreSQL. If the id names a stream after all (a retry, a record of another kind, a create racing on
 * another instance), the store's unique key (aggregate id, sequence 0) refuses the first event, nothing of the try
 * is kept, and {@link RaceAwareCommandGateway} sends the command once more the usual way: the stream is read and
 * the handler answers the retry, or refuses the other body or kind, exactly as before.
 */
@Component
public class NewStreams {

    /** Command metadata: the id of the stream this try assumes to be new. Never copied to events. */
    static final String ASSUMED_NEW = "gongkai.assumedNewStream";

    private final CommandGateway commands;

    NewStreams(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * Sends a create whose stream {@code id} is probably new, and answers what the handler answers.
     *
     * <p>Inside a transaction that is already running (a batch's or an import's, each command in its savepoint) the
     * command goes the usual way: there a refused insert would end the surrounding savepoint, and those paths look
     * their ids up in bulk first (ADR 0062).
     */
    public <R> R create(Object command, String id) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return commands.sendAndWait(command);
        }
        return commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.with(ASSUMED_NEW, id)));
    }

    /** Whether the command being handled assumes that the stream {@code aggregateId} is new. */
    static boolean assumedNew(String aggregateId) {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().getMessage() instanceof CommandMessage<?> command
                && Objects.equals(command.getMetaData().get(ASSUMED_NEW), aggregateId);
    }
}
