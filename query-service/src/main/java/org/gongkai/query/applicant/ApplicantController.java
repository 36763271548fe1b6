package org.gongkai.query.applicant;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.fee.ProcessingFeeSchedule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/applications/{id}/applicant}: what the applicant key tells about one case, without the key or
 * its pseudonym: the application's place in its applicant's calendar month at this agency (for the per-application
 * fee), and the same applicant's other applications to this agency in the twelve months before it (a possible
 * 重复申请, for the clerk to judge; the subjects are shown, never who asked).
 */
@RestController
class ApplicantController {

    /** An earlier application of the same applicant. */
    record Earlier(String applicationId, LocalDate receivedOn, String subject) {}

    /**
     * @param keyed        false when the application came without an applicant key (then nothing else is known)
     * @param nthThisMonth its place among the applicant's applications to this agency in its receipt month
     * @param feeYuan      the per-application fee of that place (国办函〔2020〕109号), as a decimal string
     * @param earlier      the applicant's applications to this agency in the 12 months before, latest first
     */
    record Applicant(boolean keyed, Integer nthThisMonth, String feeYuan, List<Earlier> earlier) {}

    private record Row(String agencyId, String pseudonym, LocalDate receivedOn) {}

    private final JdbcTemplate jdbc;

    ApplicantController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/applications/{applicationId}/applicant")
    @Transactional(readOnly = true)
    Applicant applicant(@PathVariable String applicationId) {
        List<Row> rows = jdbc.query(
                "select agency_id, applicant_pseudonym, received_on from applicant_application where application_id = ?",
                (rs, i) ->
                        new Row(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()),
                applicationId);
        if (rows.isEmpty()) {
            return new Applicant(false, null, null, List.of());
        }
        Row row = rows.get(0);
        LocalDate monthStart = row.receivedOn().withDayOfMonth(1);
        // same day: ordered by id, so every reader gives each application the same place
        Integer nth = jdbc.queryForObject(
                """
                select count(*) from applicant_application
                where agency_id = ? and applicant_pseudonym = ? and received_on >= ?
                  and (received_on < ? or (received_on = ? and application_id <= ?))
                """,
                Integer.class,
                row.agencyId(),
                row.pseudonym(),
                Date.valueOf(monthStart),
                Date.valueOf(row.receivedOn()),
                Date.valueOf(row.receivedOn()),
                applicationId);
        List<Earlier> earlier = jdbc.query(
                """
                select application_id, received_on, subject from applicant_application
                where agency_id = ? and applicant_pseudonym = ? and application_id <> ?
                  and received_on > ? and received_on <= ?
                order by received_on desc, application_id desc limit 20
                """,
                (rs, i) -> new Earlier(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)),
                row.agencyId(),
                row.pseudonym(),
                applicationId,
                Date.valueOf(row.receivedOn().minusMonths(12)),
                Date.valueOf(row.receivedOn()));
        String fee = ProcessingFeeSchedule.perApplication(nth).amountYuan().toPlainString();
        return new Applicant(true, nth, fee, earlier);
    }
}
