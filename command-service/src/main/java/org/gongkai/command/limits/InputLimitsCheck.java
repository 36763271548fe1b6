package org.gongkai.command.limits;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.gongkai.command.clock.Today;
import org.springframework.context.annotation.Configuration;

/**
 * Every command sent through the gateway meets the input limits before the command bus sees it: the gateway's
 * interceptors run before the bus's (the scope check reads the ids of a command from the database, and a NUL in
 * an id would break that query), and long before an aggregate is loaded or an event stored.
 */
@Configuration
class InputLimitsCheck {

    InputLimitsCheck(CommandGateway commands, Today today) {
        commands.registerDispatchInterceptor(new Check(today));
    }

    private record Check(Today today) implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                CommandInputLimits.check(command.getPayload(), today.date());
                return command;
            };
        }
    }
}
