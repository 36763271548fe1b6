package org.gongkai.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The endpoints of CONTRACT.md (§2 writes, §3 reads, and the §5 additions built so far), as method and path with
 * the path variables' names left out: {@code /api/agencies/{id}} and {@code /api/agencies/{agencyId}} are one path.
 * A helper that builds another §5 endpoint adds its line here, and the API description must then have it.
 */
final class ContractEndpoints {

    static final List<String> ALL = List.of(
            // §2 writes
            "POST /api/agencies",
            "POST /api/applications",
            "POST /api/applications/{}/decision",
            "POST /api/applications/{}/decision-correction",
            "POST /api/applications/{}/withdrawal",
            "POST /api/applications/{}/supplement-request",
            "POST /api/applications/{}/supplement-receipt",
            "POST /api/applications/{}/extension",
            "POST /api/applications/{}/consultations",
            "POST /api/applications/{}/consultations/{}/end",
            "POST /api/reconsiderations",
            "POST /api/reconsiderations/{}/conclusion",
            "POST /api/lawsuits",
            "POST /api/lawsuits/{}/conclusion",
            "POST /api/agencies/{}/regulatory-documents",
            "POST /api/agencies/{}/regulatory-documents/{}/repeal",
            "POST /api/agencies/{}/decision-tallies",
            "POST /api/agencies/{}/administrative-fees",
            "POST /api/agencies/{}/rename",
            "POST /api/agencies/{}/move",
            "POST /api/agencies/{}/closure",
            "POST /api/applications/{}/fee-notice",
            "POST /api/applications/{}/fee-payment",
            "POST /api/applications/{}/deferral", // clockrules: 延迟答复, 条例 Art. 35
            "PUT /api/agencies/{}/reports/{}/narrative/{}",
            "POST /api/agencies/{}/reports/{}/publication",
            "POST /api/users",
            // §5 users (branch users, issue 20 item 5)
            "PUT /api/users/{}",
            "POST /api/users/{}/disable",
            "POST /api/users/{}/enable",
            "POST /api/users/{}/password",
            "POST /api/me/password",
            // §3 reads
            "GET /api/agencies",
            "GET /api/agencies/{}/reports/{}",
            "GET /api/agencies/{}/statistics",
            "GET /api/agencies/{}/applications",
            "GET /api/applications/{}",
            "GET /api/stream",
            "GET /api/agencies/{}/reports/{}.docx",
            "GET /api/agencies/{}/reports/{}.csv",
            // §5 import
            "POST /api/agencies/{}/imports",
            "GET /api/imports/template.xlsx",
            "GET /api/imports/template.csv",
            // §5 batch writes (branch batch, ADR 0039)
            "POST /api/batch");

    private ContractEndpoints() {}

    /** The contract endpoints that the description has no operation for. */
    static List<String> missingFrom(JsonNode description) {
        Set<String> described = new HashSet<>();
        description
                .path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " "
                                + path.getKey().replaceAll("\\{[^}]*}", "{}"))));
        List<String> missing = new ArrayList<>();
        for (String endpoint : ALL) {
            if (!described.contains(endpoint)) {
                missing.add(endpoint);
            }
        }
        return missing;
    }
}
