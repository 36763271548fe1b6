package org.gongkai.query.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.gongkai.events.user.UserDisabled;
import org.gongkai.events.user.UserEnabled;
import org.gongkai.events.user.UserEvent;
import org.gongkai.events.user.UserPasswordChanged;
import org.gongkai.events.user.UserReassigned;
import org.gongkai.events.user.UserRegistered;
import org.gongkai.events.user.UserRole;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The accounts that may sign in here, from the User events on the topic: the query service authenticates on its
 * own, without asking the command service (ADR 0010); disabled accounts and those that must choose a new password
 * are marked (ADR 0045, 0046). A rebuild keeps the table (replaying upserts the same rows), so nobody is signed out
 * while the read models are rebuilt.
 */
@Component
class UserProjection implements Projection {

    /** One account as shown to administrators: never the hash. */
    record Account(String username, UserRole role, String agencyId, boolean disabled, boolean mustChangePassword) {}

    record StoredAccount(Account account, String passwordHash) {}

    /** Published after an account changed, so remembered sign-ins of it are dropped. */
    record UserChanged(String username) {}

    private static final String COLUMNS = "username, role, agency_id, disabled, must_change_password";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;

    UserProjection(JdbcTemplate jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (!(event.payload() instanceof UserEvent change)) {
            return;
        }
        if (change instanceof UserRegistered user) {
            jdbc.update("""
                    insert into app_user (username, role, agency_id, password_hash) values (?, ?, ?, ?)
                    on conflict (username) do update set role = excluded.role, agency_id = excluded.agency_id,
                        password_hash = excluded.password_hash
                    """, user.username(), user.role().name(), user.agencyId(), user.passwordHash());
        } else if (change instanceof UserReassigned user) {
            jdbc.update(
                    "update app_user set role = ?, agency_id = ? where username = ?",
                    user.role().name(),
                    user.agencyId(),
                    user.username());
        } else if (change instanceof UserDisabled user) {
            jdbc.update("update app_user set disabled = true where username = ?", user.username());
        } else if (change instanceof UserEnabled user) {
            jdbc.update("update app_user set disabled = false where username = ?", user.username());
        } else if (change instanceof UserPasswordChanged user) {
            jdbc.update(
                    "update app_user set password_hash = ?, must_change_password = ? where username = ?",
                    user.passwordHash(),
                    user.mustChange(),
                    user.username());
        }
        publisher.publishEvent(new UserChanged(change.username()));
    }

    /**
     * One account. Every signed-in request reads it (ADR 0045); while the database is down each read would wait the
     * pool's 30 s for a connection, so after one failure the next reads fail at once for ten seconds, and the
     * callers let a remembered sign-in and a write through (the command side checks the account again).
     */
    Optional<StoredAccount> find(String username) {
        if (System.nanoTime() - unreachableSince.get() < UNREACHABLE_FOR_NANOS) {
            throw new org.springframework.dao.DataAccessResourceFailureException("accounts unreachable just now");
        }
        try {
            return jdbc
                    .query(
                            "select " + COLUMNS + ", password_hash from app_user where username = ?",
                            (rs, n) -> new StoredAccount(account(rs), rs.getString(6)),
                            username)
                    .stream()
                    .findFirst();
        } catch (org.springframework.dao.DataAccessResourceFailureException e) {
            unreachableSince.set(System.nanoTime());
            throw e;
        }
    }

    private static final long UNREACHABLE_FOR_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    private final java.util.concurrent.atomic.AtomicLong unreachableSince =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime() - UNREACHABLE_FOR_NANOS);

    List<Account> all() {
        return jdbc.query("select " + COLUMNS + " from app_user order by username", (rs, n) -> account(rs));
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(
                rs.getString(1),
                UserRole.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getBoolean(4),
                rs.getBoolean(5));
    }
}
