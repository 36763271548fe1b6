package org.gongkai.query.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.application.ProcessingFeeReader;
import org.gongkai.query.report.QuarterlySnapshot;
import org.gongkai.query.report.Report;
import org.gongkai.query.report.ReportService;
import org.gongkai.query.report.ReportVersions;
import org.gongkai.query.report.SnapshotReader;
import org.gongkai.query.report.SubmissionVersions;
import org.gongkai.query.versions.ReportStream;
import org.gongkai.query.versions.Submissions;
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
    private final ReportVersions versions;
    private final SnapshotReader snapshots;
    private final SubmissionVersions submissions;
    private final ObjectMapper mapper;
    private final Clock clock;

    DocumentService(
            ReportService reports,
            AgencyTree tree,
            ProcessingFeeReader fees,
            ReportVersions versions,
            SnapshotReader snapshots,
            SubmissionVersions submissions,
            ObjectMapper mapper,
            Clock clock) {
        this.reports = reports;
        this.tree = tree;
        this.fees = fees;
        this.versions = versions;
        this.snapshots = snapshots;
        this.submissions = submissions;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Sources.Annual annual(String agencyId, int year, AgencyTree.Scope scope) {
        Report report = reports.annual(agencyId, year, scope);
        List<String> covered = tree.covered(agencyId, scope, LocalDate.of(year, 12, 31));
        return new Sources.Annual(report, tree.name(agencyId), fees.read(covered, year), LocalDate.now(clock));
    }

    /**
     * A published version ({@code version} = "published" or N) rendered from its frozen snapshot alone and signed
     * on its publication date; otherwise the live report, or the report as of a recording time.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Sources.Annual annual(String agencyId, int year, AgencyTree.Scope scope, String version, String asOf) {
        Instant at = ReportVersions.asOf(asOf, version);
        if (version != null && !version.isBlank()) {
            ReportStream.Published published = versions.published(agencyId, year, version);
            Report report = snapshots.read(published.snapshot());
            String name = report.agencyName() != null ? report.agencyName() : tree.name(agencyId);
            return new Sources.Annual(
                    report, name, report.processingFees().toProcessingFees(), published.publishedOn());
        }
        if (at == null) {
            return annual(agencyId, year, scope);
        }
        Report report = reports.annual(agencyId, year, scope, at);
        return new Sources.Annual(
                report,
                report.agencyName(),
                report.processingFees().toProcessingFees(),
                LocalDate.ofInstant(at, clock.getZone()));
    }

    /**
     * A submitted version ({@code version} = "submitted" or N) rendered from its frozen snapshot alone and signed
     * on its submission date; otherwise the live statistics, or the statistics as of a recording time.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Sources.Quarterly quarterly(
            String agencyId, int year, int quarter, AgencyTree.Scope scope, String version, String asOf) {
        Instant at = ReportVersions.asOf(asOf, version);
        if (version != null && !version.isBlank()) {
            Submissions.Submitted submitted = submissions.submitted(agencyId, year, quarter, version);
            String name = QuarterlySnapshot.agencyName(mapper, submitted.snapshot());
            return new Sources.Quarterly(
                    snapshots.read(QuarterlySnapshot.statistics(mapper, submitted.snapshot())),
                    snapshots.read(QuarterlySnapshot.yearToDate(mapper, submitted.snapshot())),
                    name != null ? name : tree.name(agencyId),
                    submitted.submittedOn());
        }
        ReportService.Statistics statistics = reports.statistics(agencyId, year, quarter, scope, at);
        return new Sources.Quarterly(
                statistics.quarter(),
                statistics.yearToDate(),
                tree.name(agencyId),
                at == null ? LocalDate.now(clock) : LocalDate.ofInstant(at, clock.getZone()));
    }
}
