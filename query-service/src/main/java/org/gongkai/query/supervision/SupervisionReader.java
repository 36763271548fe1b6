package org.gongkai.query.supervision;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.query.agency.AgencyTree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Classifies the subtree's applications for supervision from the application read model, in one snapshot. */
@Component
class SupervisionReader {

    /** The flags the clock flag projection stores, in the order of the row's counts. */
    private static final List<String> FLAGS = List.of("SUPPLEMENT_REQUEST_LATE", "ANSWER_DEFERRED");

    private final JdbcTemplate jdbc;
    private final StatutoryClock clock;
    private final AgencyTree tree;

    SupervisionReader(JdbcTemplate jdbc, StatutoryClock clock, AgencyTree tree) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tree = tree;
    }

    @Transactional(readOnly = true)
    Supervision table(String agencyId, List<String> agencies, LocalDate from, LocalDate to, LocalDate today) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        agencies.forEach(id -> counts.put(id, new long[Category.values().length]));
        Map<String, long[]> flags = flags(agencies, from, to);
        items(agencies, from, to, today)
                .forEach(item -> counts.get(item.agencyId())[item.category().ordinal()]++);
        List<Supervision.Row> rows = new ArrayList<>();
        long[] sum = new long[Category.values().length];
        long[] flagSum = new long[FLAGS.size()];
        counts.forEach((id, c) -> {
            long[] f = flags.getOrDefault(id, new long[FLAGS.size()]);
            rows.add(Supervision.Row.of(id, tree.name(id), c, f));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += c[i];
            }
            for (int i = 0; i < flagSum.length; i++) {
                flagSum[i] += f[i];
            }
        });
        return new Supervision(agencyId, from, to, today, rows, Supervision.Row.of(null, "合计", sum, flagSum));
    }

    /**
     * Clock rulings per agency dated in the period (branch clockrules, ADR 0030), in the order of {@link #FLAGS}:
     * supplements asked later than 条例 Art. 30 allows, and 延迟答复 under Art. 35.
     */
    private Map<String, long[]> flags(List<String> agencies, LocalDate from, LocalDate to) {
        Map<String, long[]> flags = new HashMap<>();
        jdbc.query(
                """
                select agency_id, flag, count(*) as n from application_clock_flag
                where agency_id = any(?) and flagged_on between ? and ?
                group by agency_id, flag
                """,
                rs -> {
                    int index = FLAGS.indexOf(rs.getString("flag"));
                    if (index >= 0) {
                        flags.computeIfAbsent(rs.getString("agency_id"), id -> new long[FLAGS.size()])[index] =
                                rs.getLong("n");
                    }
                },
                agencies.toArray(String[]::new),
                from,
                to);
        return flags;
    }

    /**
     * The applications behind the figures: open ones with a running clock (due soon or overdue, judged on {@code
     * today}; an overdue one counts when its due date is not after {@code to}), and the ones answered in the period.
     */
    @Transactional(readOnly = true)
    List<Supervision.Item> items(List<String> agencies, LocalDate from, LocalDate to, LocalDate today) {
        List<Supervision.Item> items = new ArrayList<>();
        jdbc.query(
                """
                select application_id, agency_id, received_on, due_on, closed_on, outcome is null as open
                from application
                where agency_id = any(?) and due_on is not null
                  and (outcome is null or closed_on between ? and ?)
                order by due_on, application_id
                """,
                rs -> {
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    Date closed = rs.getDate("closed_on");
                    Supervision.Item item = classify(
                            rs.getString("application_id"),
                            rs.getString("agency_id"),
                            rs.getDate("received_on").toLocalDate(),
                            due,
                            rs.getBoolean("open") ? null : closed.toLocalDate(),
                            to,
                            today);
                    if (item != null) {
                        items.add(item);
                    }
                },
                agencies.toArray(String[]::new),
                from,
                to);
        return items;
    }

    private Supervision.Item classify(
            String id,
            String agency,
            LocalDate received,
            LocalDate due,
            LocalDate closed,
            LocalDate to,
            LocalDate today) {
        if (closed != null) {
            boolean late = closed.isAfter(due);
            return new Supervision.Item(
                    id,
                    agency,
                    late ? Category.ANSWERED_LATE : Category.ANSWERED_ON_TIME,
                    received,
                    due,
                    closed,
                    late ? -clock.workingDaysLeft(closed, due) : clock.workingDaysLeft(closed, due));
        }
        if (today.isAfter(due)) {
            return due.isAfter(to)
                    ? null
                    : new Supervision.Item(
                            id, agency, Category.OVERDUE_OPEN, received, due, null, -clock.workingDaysLeft(today, due));
        }
        int left = clock.workingDaysLeft(today, due);
        return left <= Supervision.DUE_SOON_WORKING_DAYS
                ? new Supervision.Item(id, agency, Category.DUE_SOON, received, due, null, left)
                : null;
    }
}
