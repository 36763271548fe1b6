package org.gongkai.command.user;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.gongkai.events.user.UserDisabled;
import org.gongkai.events.user.UserEnabled;
import org.gongkai.events.user.UserPasswordChanged;
import org.gongkai.events.user.UserReassigned;
import org.gongkai.events.user.UserRegistered;
import org.gongkai.events.user.UserRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The users table of the command side, kept by the subscribing processor {@code agency-directory} in the
 * transaction that stores the events (like the agency directory, ADR 0008), so an account can sign in as soon as
 * its registration is answered, and a disabled one is refused as soon as the disabling is (ADR 0045): every
 * command-service instance reads this one table.
 */
@Component
@ProcessingGroup("agency-directory")
class UserDirectoryProjection implements UserAccounts {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;

    UserDirectoryProjection(JdbcTemplate jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    @EventHandler
    void on(UserRegistered event) {
        jdbc.update(
                "INSERT INTO user_account (username, role, agency_id, password_hash) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role, agency_id = EXCLUDED.agency_id, "
                        + "password_hash = EXCLUDED.password_hash",
                event.username(),
                event.role().name(),
                event.agencyId(),
                event.passwordHash());
        publisher.publishEvent(new UserChanged(event.username()));
    }

    @EventHandler
    void on(UserReassigned event) {
        changed(
                event.username(),
                "UPDATE user_account SET role = ?, agency_id = ? WHERE username = ?",
                event.role().name(),
                event.agencyId(),
                event.username());
    }

    @EventHandler
    void on(UserDisabled event) {
        changed(event.username(), "UPDATE user_account SET disabled = TRUE WHERE username = ?", event.username());
    }

    @EventHandler
    void on(UserEnabled event) {
        changed(event.username(), "UPDATE user_account SET disabled = FALSE WHERE username = ?", event.username());
    }

    @EventHandler
    void on(UserPasswordChanged event) {
        changed(
                event.username(),
                "UPDATE user_account SET password_hash = ?, must_change_password = ? WHERE username = ?",
                event.passwordHash(),
                event.mustChange(),
                event.username());
    }

    private void changed(String username, String sql, Object... arguments) {
        jdbc.update(sql, arguments);
        publisher.publishEvent(new UserChanged(username));
    }

    @Override
    public Optional<Account> find(String username) {
        return jdbc
                .query(
                        "SELECT username, role, agency_id, password_hash, disabled, must_change_password "
                                + "FROM user_account WHERE username = ?",
                        (rs, n) -> new Account(
                                rs.getString(1),
                                UserRole.valueOf(rs.getString(2)),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBoolean(5),
                                rs.getBoolean(6)),
                        username)
                .stream()
                .findFirst();
    }

    @Override
    public boolean anyAdministrator() {
        return !jdbc.queryForList("SELECT 1 FROM user_account WHERE role = 'ADMIN' LIMIT 1", Integer.class)
                .isEmpty();
    }

    @Override
    public boolean anotherEnabledAdministrator(String username) {
        return !jdbc.queryForList(
                        "SELECT 1 FROM user_account WHERE role = 'ADMIN' AND NOT disabled AND username <> ? LIMIT 1",
                        Integer.class,
                        username)
                .isEmpty();
    }
}
