package org.gongkai.query.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.agency.InvalidParameter;
import org.gongkai.query.versions.Submissions;
import org.springframework.stereotype.Component;

/**
 * The {@code version} parameter of quarterly statistics reads: "submitted" (the latest submitted version) or
 * 1, 2, …; the answer is the quarter's part of the stored snapshot, whatever happened since.
 */
@Component
public class SubmissionVersions {

    private final Submissions submissions;
    private final AgencyTree tree;
    private final ObjectMapper mapper;

    SubmissionVersions(Submissions submissions, AgencyTree tree, ObjectMapper mapper) {
        this.submissions = submissions;
        this.tree = tree;
        this.mapper = mapper;
    }

    /** The submitted version; 404 when there is none. */
    public Submissions.Submitted submitted(String agencyId, int year, int quarter, String version) {
        tree.requireKnown(agencyId);
        if ("submitted".equalsIgnoreCase(version.trim())) {
            return submissions
                    .latest(agencyId, year, quarter, null)
                    .orElseThrow(() -> new NoSubmittedVersion(agencyId, year, quarter, "submitted"));
        }
        int number;
        try {
            number = Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameter("version", "must be 'submitted' or a version number 1, 2, …", version);
        }
        if (number < 1) {
            throw new InvalidParameter("version", "must be 'submitted' or a version number 1, 2, …", version);
        }
        return submissions
                .version(agencyId, year, quarter, number)
                .orElseThrow(() -> new NoSubmittedVersion(agencyId, year, quarter, version));
    }

    /** The quarter's report JSON of the submitted version, as it was answered when submitted. */
    public String statisticsJson(String agencyId, int year, int quarter, String version) {
        return QuarterlySnapshot.statistics(
                mapper, submitted(agencyId, year, quarter, version).snapshot());
    }
}
