package org.gongkai.command.security;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.gongkai.security.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every command is checked and stamped where it is sent, in the request's thread: the writer must be signed in
 * and in scope ({@link CommandScope}), no text may look like personal data ({@link PersonalData}), and the command
 * carries {@code recordedBy}, {@code clientAddress} and {@code correlationId} in its metadata. Axon copies those
 * three onto every event the command applies, so the event store says who recorded each fact, from where, and
 * which request it belonged to.
 */
@Configuration
public class AuditTrail {

    static final String RECORDED_BY = "recordedBy";
    static final String CLIENT_ADDRESS = "clientAddress";
    static final String CORRELATION_ID = "correlationId";

    /** Static: Axon asks for the providers while it builds the command bus, before this class exists. */
    @Bean
    static CorrelationDataProvider auditMetadata() {
        return new SimpleCorrelationDataProvider(RECORDED_BY, CLIENT_ADDRESS, CORRELATION_ID);
    }

    private final Stamp stamp;

    AuditTrail(CommandBus commands, AggregateAgencyProjection ownership) {
        this.stamp = new Stamp(new CommandScope(ownership));
        commands.registerDispatchInterceptor(stamp);
    }

    /**
     * The checks and the stamp of a command on its way to the command bus, for the receipts a batch stores together
     * without dispatching them one by one (ADR 0062).
     */
    public CommandMessage<?> stamp(CommandMessage<?> command) {
        return stamp.stamp(command);
    }

    private record Stamp(CommandScope scope) implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, command) -> stamp(command);
        }

        CommandMessage<?> stamp(CommandMessage<?> command) {
            SignedInUser user = signedIn();
            PersonalData.requireNone(command.getPayload());
            scope.check(user, command.getPayload());
            return command.andMetaData(Map.of(
                    RECORDED_BY,
                    user.username(),
                    CLIENT_ADDRESS,
                    RequestOrigin.clientAddress(),
                    CORRELATION_ID,
                    RequestOrigin.correlationId()));
        }

        private static SignedInUser signedIn() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
                return user;
            }
            throw new OutOfScope("SignInRequired", "请登录：a write needs a signed-in user");
        }
    }
}
