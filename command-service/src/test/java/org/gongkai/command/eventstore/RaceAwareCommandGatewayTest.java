package org.gongkai.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A write that lost a race is sent once more, reading its stream; only outside a running transaction (ADR 0065). */
class RaceAwareCommandGatewayTest {

    private final List<CommandMessage<?>> sent = new ArrayList<>();

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void sendsAWriteThatLostARaceOnceMoreWithoutItsAssumptions() {
        RaceAwareCommandGateway gateway = new RaceAwareCommandGateway(
                answering(new AggregateStreamCreationException("stored meanwhile"), "201 as the first time"));

        String answer = gateway.sendAndWait(GenericCommandMessage.asCommandMessage("receipt")
                .andMetaData(Map.of(NewStreams.ASSUMED_NEW, "app-1", "recordedBy", "clerk")));

        assertThat(answer).isEqualTo("201 as the first time");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getMetaData())
                .containsEntry(RaceAwareCommandGateway.FIRST_TRY, true)
                .containsEntry(NewStreams.ASSUMED_NEW, "app-1");
        assertThat(sent.get(1).getMetaData())
                .doesNotContainKeys(RaceAwareCommandGateway.FIRST_TRY, NewStreams.ASSUMED_NEW)
                .containsEntry("recordedBy", "clerk");
        assertThat(sent.get(1).getPayload()).isEqualTo("receipt");
    }

    @Test
    void sendsOnlyOnceMore() {
        RaceAwareCommandGateway gateway = new RaceAwareCommandGateway(
                answering(new ConcurrencyException("lost"), new ConcurrencyException("lost again"), "never reached"));

        assertThatThrownBy(() -> gateway.sendAndWait("decision"))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessage("lost again");
        assertThat(sent).hasSize(2);
    }

    @Test
    void sendsNothingAgainInsideARunningTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        RaceAwareCommandGateway gateway =
                new RaceAwareCommandGateway(answering(new ConcurrencyException("lost"), "never reached"));

        assertThatThrownBy(() -> gateway.sendAndWait("decision in a batch")).isInstanceOf(ConcurrencyException.class);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getMetaData()).doesNotContainKey(RaceAwareCommandGateway.FIRST_TRY);
    }

    @Test
    void sendsNothingAgainAfterAnyOtherFailure() {
        RaceAwareCommandGateway gateway =
                new RaceAwareCommandGateway(answering(new IllegalStateException("database away"), "never reached"));

        assertThatThrownBy(() -> gateway.sendAndWait("receipt")).hasMessage("database away");
        assertThat(sent).hasSize(1);
    }

    @Test
    void aFirstTryThatLostARaceIsNoFailureOfItsOwn() {
        UnitOfWork<?> lost = firstTry(true);
        lost.rollback(new AggregateStreamCreationException("app-1 exists", new SQLException("duplicate", "23505")));
        UnitOfWork<?> otherFailure = firstTry(true);
        otherFailure.rollback(new IllegalStateException("the database went away"));
        UnitOfWork<?> inABatch = firstTry(false);
        inABatch.rollback(new ConcurrencyException("lost, not sent again"));

        assertThat(RaceAwareCommandGateway.lostARaceAndIsSentAgain(lost)).isTrue();
        assertThat(RaceAwareCommandGateway.lostARaceAndIsSentAgain(otherFailure))
                .isFalse();
        assertThat(RaceAwareCommandGateway.lostARaceAndIsSentAgain(inABatch)).isFalse();
    }

    private static UnitOfWork<?> firstTry(boolean sentAgainIfLost) {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("receipt");
        return DefaultUnitOfWork.startAndGet(
                sentAgainIfLost ? command.andMetaData(Map.of(RaceAwareCommandGateway.FIRST_TRY, true)) : command);
    }

    /** A gateway that answers each send in turn: a RuntimeException is thrown, anything else returned. */
    private CommandGateway answering(Object... answers) {
        return new CommandGateway() {
            private int next;

            @Override
            @SuppressWarnings("unchecked")
            public <R> R sendAndWait(Object command) {
                sent.add(GenericCommandMessage.asCommandMessage(command));
                Object answer = answers[next++];
                if (answer instanceof RuntimeException failure) {
                    throw failure;
                }
                return (R) answer;
            }

            @Override
            public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <R> CompletableFuture<R> send(Object command) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Registration registerDispatchInterceptor(
                    MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
