package org.gongkai.query.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.application.ProcessingFeeReader;
import org.gongkai.query.report.Report;
import org.gongkai.query.report.ReportService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what a document needs in one repeatable-read snapshot (the report service joins it), so the fee
 * paragraph, the narrative draft and the tables all come from the same committed state.
 */
@Service
class DocumentService {

    private final ReportService reports;
    private final AgencyTree tree;
    private final ProcessingFeeReader fees;
    private final Clock clock;

    DocumentService(ReportService reports, AgencyTree tree, ProcessingFeeReader fees, Clock clock) {
        this.reports = reports;
        this.tree = tree;
        this.fees = fees;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Sources.Annual annual(String agencyId, int year, AgencyTree.Scope scope) {
        Report report = reports.annual(agencyId, year, scope);
        List<String> covered = tree.covered(agencyId, scope, LocalDate.of(year, 12, 31));
        return new Sources.Annual(report, tree.name(agencyId), fees.read(covered, year), LocalDate.now(clock));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Sources.Quarterly quarterly(String agencyId, int year, int quarter, AgencyTree.Scope scope) {
        Report report = reports.quarterly(agencyId, year, quarter, scope);
        Report toDate = reports.yearToDate(agencyId, year, quarter, scope);
        return new Sources.Quarterly(report, toDate, tree.name(agencyId), LocalDate.now(clock));
    }
}
