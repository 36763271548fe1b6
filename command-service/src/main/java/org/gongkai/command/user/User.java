package org.gongkai.command.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.events.user.UserEvent;
import org.gongkai.events.user.UserRegistered;

/** One account that may sign in. Its stream is keyed {@code user:<username>}. */
@Aggregate
class User {

    @AggregateIdentifier
    private String userId;

    private boolean registered;

    User() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterUser command, AgencyDirectory agencies) {
        if (registered) {
            throw new UsernameTaken(command.username());
        }
        if (command.role() == null) {
            throw new InvalidValue("role", "缺少角色：role must be ADMIN, SUPERVISOR or CLERK");
        }
        if (command.role().needsAgency()) {
            agencies.requireRegistered("agencyId", command.agencyId());
        } else if (command.agencyId() != null) {
            throw new InvalidValue("agencyId", "管理员不属于机构：an ADMIN has no agencyId");
        }
        apply(new UserRegistered(command.username(), command.role(), command.agencyId(), command.passwordHash()));
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = UserEvent.userId(event.username());
        registered = true;
    }
}
