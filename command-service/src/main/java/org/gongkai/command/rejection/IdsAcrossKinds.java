package org.gongkai.command.rejection;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Ids are global across kinds of fact: the event store's unique key is (aggregate id, sequence) whatever the
 * aggregate type (ADR 0006). A command naming an id that a fact of another kind already uses makes Axon source the
 * wrong aggregate from that fact's events, which it refuses with {@link IncompatibleAggregateException} before the
 * handler runs. That is the client's mistake, not a fault: a create is answered {@code 409 IdOfAnotherKind}, any other
 * command {@code 404 UnknownId} (there is no such record of its kind), naming the id field. Nothing is stored.
 */
@Component
class IdsAcrossKinds {

    private final Set<Class<?>> creates = new HashSet<>();

    IdsAcrossKinds(CommandBus commands, ApplicationContext context) {
        for (String name : context.getBeanNamesForAnnotation(Aggregate.class)) {
            Class<?> aggregate = context.getType(name);
            if (aggregate != null) {
                Arrays.stream(aggregate.getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(CreationPolicy.class))
                        .map(Method::getParameterTypes)
                        .filter(parameters -> parameters.length > 0)
                        .forEach(parameters -> creates.add(parameters[0]));
            }
        }
        // registered here, as a method and not as the bean itself: Axon's Spring Boot configuration registers every
        // interceptor bean with the command bus too, which ran this twice for every command
        commands.registerHandlerInterceptor(this::handle);
    }

    private Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (IncompatibleAggregateException otherKind) {
            Object command = unitOfWork.getMessage().getPayload();
            String field = idField(command.getClass());
            String id = String.valueOf(idOf(command, field));
            throw creates.contains(command.getClass()) ? new IdOfAnotherKind(field, id) : new UnknownId(field, id);
        }
    }

    private static String idField(Class<?> command) {
        return Arrays.stream(command.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class))
                .map(Field::getName)
                .findFirst()
                .orElse("id");
    }

    private static Object idOf(Object command, String field) {
        try {
            Field id = command.getClass().getDeclaredField(field);
            id.setAccessible(true);
            return id.get(command);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }
}
