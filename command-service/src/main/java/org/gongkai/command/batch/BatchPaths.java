package org.gongkai.command.batch;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The single-write endpoints a batch may name: every fact a clerk records (applications and what happens to them,
 * review cases, regulatory documents, decision tallies, administrative fees). Agency register, users, narratives,
 * publication and submission are not batchable: they are rare, and some are checked on their path by the security
 * chain, which a batch item does not pass through again. Each path names the answer field that holds the id the
 * batch result reports.
 */
final class BatchPaths {

    /** One path segment as the request edge lets it through alone: no encoding, no parameters, no dot segments. */
    private static final String ID = "(?!\\.{1,2}/|\\.{1,2}$)[^/?#%;\\\\\\s]+";

    record Endpoint(Pattern path, String idField) {}

    private static final List<Endpoint> ENDPOINTS = List.of(
            endpoint("/api/applications", "applicationId"),
            endpoint(
                    "/api/applications/" + ID
                            + "/(decision|decision-correction|withdrawal|supplement-request|supplement-receipt"
                            + "|extension|fee-notice|fee-payment|deferral)",
                    "applicationId"),
            endpoint("/api/applications/" + ID + "/consultations", "consultationId"),
            endpoint("/api/applications/" + ID + "/consultations/" + ID + "/end", "applicationId"),
            endpoint("/api/(reconsiderations|lawsuits)", "caseId"),
            endpoint("/api/(reconsiderations|lawsuits)/" + ID + "/conclusion", "caseId"),
            endpoint("/api/agencies/" + ID + "/regulatory-documents", "documentId"),
            endpoint("/api/agencies/" + ID + "/regulatory-documents/" + ID + "/repeal", "documentId"),
            endpoint("/api/agencies/" + ID + "/decision-tallies", "tallyId"),
            endpoint("/api/agencies/" + ID + "/administrative-fees", "feeRecordId"));

    private BatchPaths() {}

    private static Endpoint endpoint(String regex, String idField) {
        return new Endpoint(Pattern.compile(regex), idField);
    }

    /** The endpoint of {@code path}, written exactly as a single write would be (no query, no trailing slash). */
    static Optional<Endpoint> of(String path) {
        return ENDPOINTS.stream()
                .filter(endpoint -> endpoint.path().matcher(path).matches())
                .findFirst();
    }
}
