package org.gongkai.query.publication;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At 00:05 on 1 January (Asia/Shanghai) the year just closed gets a draft report for every agency that was a
 * reporting unit in it (not closed before the year began), so the worklist of reports to publish is complete
 * from the first day. Idempotent: running it again (or on demand) adds only the missing drafts.
 */
@Component
public class YearEnd {

    private static final Logger log = LoggerFactory.getLogger(YearEnd.class);

    /** What a run did: the year, how many agencies have a draft for it, how many drafts this run created. */
    public record Result(int year, int agencies, int draftsCreated) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    YearEnd(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${gongkai.report.year-end.cron:0 5 0 1 1 *}", zone = "${gongkai.time-zone:Asia/Shanghai}")
    void onNewYear() {
        Result result = run(LocalDate.now(clock).getYear() - 1);
        log.info(
                "Year end {}: {} drafts created, {} agencies have a draft",
                result.year(),
                result.draftsCreated(),
                result.agencies());
    }

    @Transactional
    public Result run(int year) {
        int created = jdbc.update("""
                insert into report_draft (agency_id, year, created_at)
                select agency_id, ?, now() from agency where closed_on is null or closed_on >= ?
                on conflict do nothing
                """, year, LocalDate.of(year, 1, 1));
        Integer agencies = jdbc.queryForObject("select count(*) from report_draft where year = ?", Integer.class, year);
        return new Result(year, agencies == null ? 0 : agencies, created);
    }
}
