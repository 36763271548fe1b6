package org.gongkai.command.eventstore;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's command gateway, sending a write that lost a race once more (ADR 0065). A write loses a race when another
 * transaction stored an event of the same stream first, between this write's read of the stream and its insert: the
 * event store's unique key (aggregate id, sequence) refuses the insert and nothing of the write is kept. That is
 * what a client's retry meets while its first try, sent to another instance of a cluster, is still committing, and
 * what a create meets that did not read its stream ({@link NewStreams}). Sent again, the write reads the stream as
 * it is now, and its handler answers as ADR 0006 says: the same write again is answered like the first time (201 or
 * 200, nothing stored twice), another one is refused by its rule (409 {@code IdAlreadyUsed}, {@code
 * ApplicationClosed}, …). Only once: a write that loses again is answered 409 {@code ConcurrentChange}.
 *
 * <p>Inside a transaction that is already running (a batch's or an import's chunk, each command in its savepoint)
 * nothing is sent again: the refused insert ended the savepoint, and those paths answer each command from its own.
 */
public final class RaceAwareCommandGateway implements CommandGateway {

    /** Command metadata: a first try, sent once more if it loses a race. Never copied to events. */
    static final String FIRST_TRY = "gongkai.firstTry";

    private final CommandGateway axon;

    RaceAwareCommandGateway(CommandGateway axon) {
        this.axon = axon;
    }

    @Override
    public <R> R sendAndWait(Object command) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return axon.sendAndWait(command);
        }
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        try {
            return axon.sendAndWait(message.andMetaData(MetaData.with(FIRST_TRY, true)));
        } catch (AggregateStreamCreationException | ConcurrencyException lostARace) {
            return axon.sendAndWait(asSentAgain(message));
        }
    }

    /**
     * Whether this unit of work was a first try that lost a race: it is sent once more and counted then, so it is
     * neither a failure nor a command of its own.
     */
    public static boolean lostARaceAndIsSentAgain(UnitOfWork<?> unitOfWork) {
        Message<?> message = unitOfWork.getMessage();
        ExecutionResult result = unitOfWork.getExecutionResult();
        if (message == null || !Boolean.TRUE.equals(message.getMetaData().get(FIRST_TRY)) || result == null) {
            return false;
        }
        for (Throwable cause = result.getExceptionResult(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    /** The command as first sent, reading its stream this time. */
    private static CommandMessage<?> asSentAgain(CommandMessage<?> first) {
        MetaData metaData = first.getMetaData().withoutKeys(Set.of(FIRST_TRY, NewStreams.ASSUMED_NEW));
        return new GenericCommandMessage<>(first.getPayload(), metaData);
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return axon.sendAndWait(command, timeout, unit);
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        axon.send(command, callback);
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        return axon.send(command);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return axon.registerDispatchInterceptor(dispatchInterceptor);
    }
}
