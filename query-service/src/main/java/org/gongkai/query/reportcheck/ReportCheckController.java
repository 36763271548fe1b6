package org.gongkai.query.reportcheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/report-checks}: the tables of a report produced elsewhere (the body is the report JSON,
 * Gongkai's CSV export as {@code text/csv}, or an XLSX workbook in the national layout), answered with each hard check of DOMAIN.md §6.9 and the cells that
 * break it. Nothing is stored. The soft checks of §6.10 need last year's report or the narrative and are listed as
 * not applicable.
 */
@RestController
class ReportCheckController {

    /** One rule: whether the whole upload passes it, and how many cells break it. */
    record RuleResult(String code, String severity, boolean passed, int cellsBroken, String rule) {}

    record Answer(String format, List<RuleResult> checks, List<Finding> findings, List<String> notApplicable) {}

    static final Map<String, String> RULES = rules();

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @PostMapping(
            path = "/api/report-checks",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv", XLSX})
    Answer check(@RequestBody byte[] body, @RequestHeader("Content-Type") String contentType) {
        if (body.length > 2_000_000) {
            throw new UnreadableUpload("body", "is larger than 2 MB; a report's tables are a few kilobytes");
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        String format = type.startsWith("text/csv") ? "csv" : type.startsWith(XLSX) ? "xlsx" : "json";
        UploadedTables tables = switch (format) {
            case "csv" -> UploadReader.csv(body);
            case "xlsx" -> NationalLayoutWorkbook.read(body);
            default -> UploadReader.json(body);
        };
        List<Finding> findings = TableIdentities.of(tables);
        List<RuleResult> checks = RULES.entrySet().stream()
                .map(rule -> {
                    int broken = (int) findings.stream()
                            .filter(f -> f.check().equals(rule.getKey()))
                            .count();
                    return new RuleResult(rule.getKey(), "ERROR", broken == 0, broken, rule.getValue());
                })
                .toList();
        return new Answer(
                format,
                checks,
                findings,
                List.of(
                        "CARRY_OVER_CONTINUITY：需要上年报告",
                        "DOCUMENTS_IN_FORCE_CONTINUITY：需要上年报告",
                        "NARRATIVE_NUMBERS：需要正文"));
    }

    private static Map<String, String> rules() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("COMPLETE", "表三 25 行 × 7 列、表四 3 × 5 格全部有数（无数据填 0，不留空）");
        rules.put("NON_NEGATIVE", "每个数都是非负整数");
        rules.put("ROW_TOTALS", "每行：总计 = 六类申请人之和");
        rules.put("HANDLED_TOTAL", "每列：（七）总计 = 21 项办理结果之和");
        rules.put("COLUMN_IDENTITY", "每列：一 + 二 = （七） + 四");
        rules.put("REVIEW_TOTALS", "表四：每个总计 = 维持 + 纠正 + 其他 + 尚未审结");
        return java.util.Collections.unmodifiableMap(rules);
    }
}
