package org.gongkai.command.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.gongkai.command.eventstore.RaceAwareCommandGateway;
import org.gongkai.command.rejection.Rejection;
import org.springframework.stereotype.Component;

/**
 * Counts handled commands as {@code gongkai.commands} by command type and result: {@code accepted} once its
 * events are committed, {@code refused} when a rule refused it (tag {@code rule}), {@code failed} for anything
 * else, including a commit that lost a race and was not sent again (ADR 0065). Commands refused before a handler
 * (sign-in, scope, personal data) are in {@code gongkai.refusals} only.
 */
@Component
public class CommandMetrics {

    private final MeterRegistry registry;

    CommandMetrics(CommandBus commands, MeterRegistry registry) {
        this.registry = registry;
        // registered here, as a method and not as the bean itself: Axon's Spring Boot configuration registers every
        // interceptor bean with the command bus too, which ran this twice for every command
        commands.registerHandlerInterceptor(this::handle);
    }

    private Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String type = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Object result;
        try {
            result = chain.proceed();
        } catch (Rejection refused) {
            count(type, "refused", refused.rule());
            throw refused;
        } catch (Exception | Error failed) {
            count(type, "failed", "none");
            throw failed;
        }
        unitOfWork.afterCommit(committed -> count(type, "accepted", "none"));
        unitOfWork.onRollback(rolledBack -> {
            // a first try that lost a race to another write of its stream is sent again, counted then (ADR 0065)
            if (!RaceAwareCommandGateway.lostARaceAndIsSentAgain(rolledBack)) {
                count(type, "failed", "none");
            }
        });
        return result;
    }

    /** Commands a batch stored together without the command bus (ADR 0062), counted once they are committed. */
    public void accepted(Class<?> commandType, int commands) {
        if (commands > 0) {
            counter(commandType.getSimpleName(), "accepted", "none").increment(commands);
        }
    }

    private void count(String type, String result, String rule) {
        counter(type, result, rule).increment();
    }

    private Counter counter(String type, String result, String rule) {
        return Counter.builder("gongkai.commands")
                .description("Commands handled, by type and result")
                .tag("type", type)
                .tag("result", result)
                .tag("rule", rule)
                .register(registry);
    }
}
