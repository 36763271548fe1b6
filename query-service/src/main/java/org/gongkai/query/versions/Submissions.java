package org.gongkai.query.versions;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads the submitted versions of quarterly statistics, optionally "as of" a recording time. */
@Component
public class Submissions {

    /** One submitted version: when the event store recorded it ({@code recordedAt}) and who ({@code submittedBy}). */
    public record Submitted(
            int version,
            String reason,
            String snapshot,
            LocalDate submittedOn,
            Instant recordedAt,
            String submittedBy) {}

    private static final RowMapper<Submitted> SUBMITTED = (rs, n) -> new Submitted(
            rs.getInt("version"),
            rs.getString("reason"),
            rs.getString("snapshot"),
            rs.getObject("submitted_on", LocalDate.class),
            rs.getTimestamp("recorded_at") == null
                    ? null
                    : rs.getTimestamp("recorded_at").toInstant(),
            rs.getString("submitted_by"));

    private final JdbcTemplate jdbc;

    Submissions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest version submitted by {@code asOf} (null = now). */
    public Optional<Submitted> latest(String agencyId, int year, int quarter, Instant asOf) {
        return one(agencyId, year, quarter, asOf, "desc");
    }

    /** The first version submitted by {@code asOf} (null = now): the one the deadline is about. */
    public Optional<Submitted> first(String agencyId, int year, int quarter, Instant asOf) {
        return one(agencyId, year, quarter, asOf, "asc");
    }

    public Optional<Submitted> version(String agencyId, int year, int quarter, int version) {
        return jdbc.query("""
                select * from statistics_submission where agency_id = ? and year = ? and quarter = ? and version = ?
                """, SUBMITTED, agencyId, year, quarter, version).stream()
                .findFirst();
    }

    public List<Submitted> versions(String agencyId, int year, int quarter) {
        return jdbc.query("""
                select * from statistics_submission where agency_id = ? and year = ? and quarter = ? order by version
                """, SUBMITTED, agencyId, year, quarter);
    }

    private Optional<Submitted> one(String agencyId, int year, int quarter, Instant asOf, String order) {
        Timestamp at = asOf == null ? null : Timestamp.from(asOf);
        return jdbc.query("""
                select * from statistics_submission
                where agency_id = ? and year = ? and quarter = ?
                  and (?::timestamptz is null or recorded_at <= ?::timestamptz)
                order by version\s""" + order + " limit 1", SUBMITTED, agencyId, year, quarter, at, at).stream()
                .findFirst();
    }
}
