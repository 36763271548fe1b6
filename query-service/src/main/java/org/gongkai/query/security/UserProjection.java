package org.gongkai.query.security;

import java.util.List;
import java.util.Optional;
import org.gongkai.events.user.UserRegistered;
import org.gongkai.events.user.UserRole;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The accounts that may sign in here, from {@code UserRegistered} on the topic: the query service authenticates
 * on its own, without asking the command service (ADR 0010). A rebuild keeps the table (replaying upserts the same
 * rows), so nobody is signed out while the read models are rebuilt.
 */
@Component
class UserProjection implements Projection {

    /** One account as shown to administrators: never the hash. */
    record Account(String username, UserRole role, String agencyId) {}

    record StoredAccount(Account account, String passwordHash) {}

    /** Published after an account changed, so remembered sign-ins of it are dropped. */
    record UserChanged(String username) {}

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;

    UserProjection(JdbcTemplate jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (event.payload() instanceof UserRegistered user) {
            jdbc.update("""
                    insert into app_user (username, role, agency_id, password_hash) values (?, ?, ?, ?)
                    on conflict (username) do update set role = excluded.role, agency_id = excluded.agency_id,
                        password_hash = excluded.password_hash
                    """, user.username(), user.role().name(), user.agencyId(), user.passwordHash());
            publisher.publishEvent(new UserChanged(user.username()));
        }
    }

    @Override
    public void reset() {
        // kept on purpose: see the class comment
    }

    Optional<StoredAccount> find(String username) {
        return jdbc
                .query(
                        "select username, role, agency_id, password_hash from app_user where username = ?",
                        (rs, n) -> new StoredAccount(
                                new Account(rs.getString(1), UserRole.valueOf(rs.getString(2)), rs.getString(3)),
                                rs.getString(4)),
                        username)
                .stream()
                .findFirst();
    }

    List<Account> all() {
        return jdbc.query(
                "select username, role, agency_id from app_user order by username",
                (rs, n) -> new Account(rs.getString(1), UserRole.valueOf(rs.getString(2)), rs.getString(3)));
    }
}
