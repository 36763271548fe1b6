package org.gongkai.command.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.events.user.UserDisabled;
import org.gongkai.events.user.UserEnabled;
import org.gongkai.events.user.UserEvent;
import org.gongkai.events.user.UserPasswordChanged;
import org.gongkai.events.user.UserReassigned;
import org.gongkai.events.user.UserRegistered;
import org.gongkai.events.user.UserRole;

/**
 * One account that may sign in. Its stream is keyed {@code user:<username>}. Who changed it is the signed-in
 * writer the audit trail stamps on the command ({@code recordedBy}), carried into each event as {@code by}.
 */
@Aggregate
class User {

    /** The audit trail's metadata key (command-service security.AuditTrail). */
    static final String RECORDED_BY = "recordedBy";

    @AggregateIdentifier
    private String userId;

    private String username;
    private boolean registered;
    private UserRole role;
    private String agencyId;
    private boolean disabled;

    User() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterUser command, AgencyDirectory agencies) {
        if (registered) {
            throw new UsernameTaken(command.username());
        }
        requireRoleAndAgency(command.role(), command.agencyId(), agencies);
        apply(new UserRegistered(command.username(), command.role(), command.agencyId(), command.passwordHash()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(
            ReassignUser command,
            AgencyDirectory agencies,
            UserAccounts accounts,
            @MetaDataValue(RECORDED_BY) String by) {
        requireRegistered(command.username());
        requireRoleAndAgency(command.role(), command.agencyId(), agencies);
        if (role == command.role() && Objects.equals(agencyId, command.agencyId())) {
            return; // a retry, or nothing to change
        }
        if (role == UserRole.ADMIN
                && command.role() != UserRole.ADMIN
                && !disabled
                && !accounts.anotherEnabledAdministrator(username)) {
            throw new LastAdministrator("role");
        }
        apply(new UserReassigned(username, command.role(), command.agencyId(), by));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DisableUser command, UserAccounts accounts, @MetaDataValue(RECORDED_BY) String by) {
        requireRegistered(command.username());
        if (username.equals(by)) {
            throw new CannotDisableSelf();
        }
        if (disabled) {
            return; // a retry
        }
        if (role == UserRole.ADMIN && !accounts.anotherEnabledAdministrator(username)) {
            throw new LastAdministrator("username");
        }
        apply(new UserDisabled(username, by));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EnableUser command, @MetaDataValue(RECORDED_BY) String by) {
        requireRegistered(command.username());
        if (disabled) {
            apply(new UserEnabled(username, by));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetPassword command, @MetaDataValue(RECORDED_BY) String by) {
        requireRegistered(command.username());
        // only an administrator may oblige someone to choose again; a user's own choice ends the obligation
        boolean mustChange = command.byAdministrator() && command.mustChange();
        apply(new UserPasswordChanged(username, command.passwordHash(), mustChange, by));
    }

    private void requireRegistered(String name) {
        if (!registered) {
            throw new UnknownUser(name);
        }
    }

    private static void requireRoleAndAgency(UserRole role, String agencyId, AgencyDirectory agencies) {
        if (role == null) {
            throw new InvalidValue("role", "缺少角色：role must be ADMIN, SUPERVISOR or CLERK");
        }
        if (role.needsAgency()) {
            agencies.requireRegistered("agencyId", agencyId);
        } else if (agencyId != null) {
            throw new InvalidValue("agencyId", "管理员不属于机构：an ADMIN has no agencyId");
        }
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = UserEvent.userId(event.username());
        username = event.username();
        registered = true;
        role = event.role();
        agencyId = event.agencyId();
    }

    @EventSourcingHandler
    void on(UserReassigned event) {
        role = event.role();
        agencyId = event.agencyId();
    }

    @EventSourcingHandler
    void on(UserDisabled event) {
        disabled = true;
    }

    @EventSourcingHandler
    void on(UserEnabled event) {
        disabled = false;
    }
}
