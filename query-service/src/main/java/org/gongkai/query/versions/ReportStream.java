package org.gongkai.query.versions;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.report.NarrativeSection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads the report stream's read model: the narrative in force and the published versions, optionally "as of". */
@Component
public class ReportStream {

    /** One published version: when the event store recorded it ({@code recordedAt}) and who ({@code publishedBy}). */
    public record Published(
            int version,
            String reason,
            String snapshot,
            LocalDate publishedOn,
            Instant recordedAt,
            String publishedBy) {}

    private static final RowMapper<Published> PUBLISHED = (rs, n) -> new Published(
            rs.getInt("version"),
            rs.getString("reason"),
            rs.getString("snapshot"),
            rs.getObject("published_on", LocalDate.class),
            rs.getTimestamp("recorded_at") == null
                    ? null
                    : rs.getTimestamp("recorded_at").toInstant(),
            rs.getString("published_by"));

    private final JdbcTemplate jdbc;

    ReportStream(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest text of each section recorded by {@code asOf} (null = now); null for a section never written. */
    public Map<String, String> narrative(String agencyId, int year, Instant asOf) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (NarrativeSection section : NarrativeSection.values()) {
            texts.put(section.name(), null);
        }
        jdbc.query(
                """
                select distinct on (section) section, text from report_narrative
                where agency_id = ? and year = ? and (?::timestamptz is null or recorded_at <= ?::timestamptz)
                order by section, version desc
                """,
                rs -> {
                    texts.put(rs.getString(1), rs.getString(2));
                },
                agencyId,
                year,
                timestamp(asOf),
                timestamp(asOf));
        return texts;
    }

    /** The latest version published by {@code asOf} (null = now). */
    public Optional<Published> latest(String agencyId, int year, Instant asOf) {
        return jdbc.query("""
                select * from report_publication
                where agency_id = ? and year = ? and (?::timestamptz is null or recorded_at <= ?::timestamptz)
                order by version desc limit 1
                """, PUBLISHED, agencyId, year, timestamp(asOf), timestamp(asOf)).stream()
                .findFirst();
    }

    /** The first publication by {@code asOf} (null = now): the one the statutory deadline is about. */
    public Optional<Published> first(String agencyId, int year, Instant asOf) {
        return jdbc.query("""
                select * from report_publication
                where agency_id = ? and year = ? and (?::timestamptz is null or recorded_at <= ?::timestamptz)
                order by version limit 1
                """, PUBLISHED, agencyId, year, timestamp(asOf), timestamp(asOf)).stream()
                .findFirst();
    }

    public Optional<Published> version(String agencyId, int year, int version) {
        return jdbc
                .query(
                        "select * from report_publication where agency_id = ? and year = ? and version = ?",
                        PUBLISHED,
                        agencyId,
                        year,
                        version)
                .stream()
                .findFirst();
    }

    public List<Published> versions(String agencyId, int year) {
        return jdbc.query(
                "select * from report_publication where agency_id = ? and year = ? order by version",
                PUBLISHED,
                agencyId,
                year);
    }

    /** The agency's level, which decides its deadline (null when not given at registration). */
    public AgencyLevel level(String agencyId) {
        List<String> level = jdbc.queryForList("select level from agency where agency_id = ?", String.class, agencyId);
        return level.isEmpty() || level.get(0) == null ? null : AgencyLevel.valueOf(level.get(0));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
