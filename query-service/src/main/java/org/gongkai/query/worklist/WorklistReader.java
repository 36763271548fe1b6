package org.gongkai.query.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.calendar.StatutoryClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a worklist view in SQL: filter, order, count and page are done by PostgreSQL, so a page of an agency with
 * ten thousand open applications costs two indexed queries, not a transfer of every row (issue 20).
 */
@Component
class WorklistReader {

    /** An export holds the whole filtered view, up to this many rows (a spreadsheet, not a data dump). */
    static final int EXPORT_LIMIT = 100_000;

    private static final String STATE = """
            case when a.outcome is not null then 'CLOSED'
                 when w.supplement_due_on is not null then 'SUPPLEMENT'
                 when w.payment_due_on is not null then 'PAYMENT'
                 when a.due_on is null then 'CONSULTATION'
                 else 'RUNNING' end""";
    private static final String FROM = """
             from application a
             left join worklist_entry w on w.application_id = a.application_id
             left join agency ag on ag.agency_id = a.agency_id
            where a.agency_id = any(?)""";

    private final JdbcTemplate jdbc;
    private final StatutoryClock clock;

    WorklistReader(JdbcTemplate jdbc, StatutoryClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    WorklistPage page(List<String> agencies, WorklistQuery query, LocalDate today) {
        List<Object> args = new ArrayList<>();
        String where = where(agencies, query, args);
        List<Object> countArgs = new ArrayList<>(args);
        countArgs.add(0, today);
        // a case is overdue once its due date has passed (0 working days left is the due day itself)
        long[] counts = jdbc.queryForObject(
                "select count(*), count(*) filter (where a.outcome is null and a.due_on < ?)" + FROM + where,
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)},
                countArgs.toArray());
        List<WorklistItem> items = rows(where, args, query, query.size(), query.offset(), today);
        return WorklistPage.of(items, counts[0], counts[1], query);
    }

    List<WorklistItem> all(List<String> agencies, WorklistQuery query, LocalDate today) {
        List<Object> args = new ArrayList<>();
        String where = where(agencies, query, args);
        return rows(where, args, query, EXPORT_LIMIT, 0, today);
    }

    private List<WorklistItem> rows(
            String where, List<Object> filter, WorklistQuery query, int limit, long offset, LocalDate today) {
        List<Object> args = new ArrayList<>(filter);
        args.add(limit);
        args.add(offset);
        String sql = "select a.application_id, w.case_number, a.agency_id, ag.name, a.received_on, w.subject,"
                + " a.applicant_type, a.channel, " + STATE + " as state, a.due_on, w.supplement_due_on,"
                + " w.payment_due_on, a.outcome, a.closed_on" + FROM + where
                + " order by " + query.orderBy() + " limit ? offset ?";
        return jdbc.query(sql, (rs, n) -> item(rs, today), args.toArray());
    }

    private static String where(List<String> agencies, WorklistQuery query, List<Object> args) {
        args.add(agencies.toArray(String[]::new));
        StringBuilder where = new StringBuilder(query.open() ? " and a.outcome is null" : " and a.outcome is not null");
        if (!query.q().isEmpty()) {
            where.append(" and (w.case_number ilike ? or w.subject ilike ? or a.application_id = ?)");
            args.add(query.likePattern());
            args.add(query.likePattern());
            args.add(query.q());
        }
        return where.toString();
    }

    private WorklistItem item(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        String outcome = rs.getString("outcome");
        Long left = outcome == null && dueOn != null ? (long) clock.workingDaysLeft(today, dueOn) : null;
        LocalDate supplementDueOn = rs.getObject("supplement_due_on", LocalDate.class);
        LocalDate paymentDueOn = rs.getObject("payment_due_on", LocalDate.class);
        return new WorklistItem(
                rs.getString("application_id"),
                rs.getString("case_number"),
                rs.getString("agency_id"),
                rs.getString("name"),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("subject"),
                ApplicantType.valueOf(rs.getString("applicant_type")),
                Channel.valueOf(rs.getString("channel")),
                outcome == null ? "OPEN" : "CLOSED",
                rs.getString("state"),
                dueOn,
                left,
                supplementDueOn,
                paymentDueOn,
                outcome == null && (passed(supplementDueOn, today) || passed(paymentDueOn, today)),
                outcome == null ? null : Outcome.valueOf(outcome),
                rs.getObject("closed_on", LocalDate.class));
    }

    /** An applicant's deadline is over the day after it: on the day itself a supplement or a payment still counts. */
    private static boolean passed(LocalDate deadline, LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }
}
