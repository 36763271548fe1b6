package org.gongkai.query.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Outcome;

/**
 * Table 三 in table order: 25 rows of 7 counts (six applicant columns and their total). Every derived row is
 * computed from the flows, so 一 + 二 = （七） + 四 holds in every column by construction.
 */
public record ApplicationsTable(List<String> columns, List<Row> rows) {

    public static final String TOTAL = "TOTAL";
    public static final String CARRIED_OVER = "CARRIED_OVER";
    public static final String TOTAL_HANDLED = "TOTAL_HANDLED";
    public static final String CARRIED_FORWARD = "CARRIED_FORWARD";

    /** One row: its code, its printed label and the seven counts (the last one is the total). */
    public record Row(String code, String label, List<Long> counts) {

        public long column(int index) {
            return counts.get(index);
        }

        public long total() {
            return counts.get(counts.size() - 1);
        }
    }

    public static List<String> columnCodes() {
        return Stream.concat(Arrays.stream(ApplicantType.values()).map(Enum::name), Stream.of(TOTAL))
                .toList();
    }

    public static ApplicationsTable of(TallyCounts counts, boolean quarterly) {
        ApplicantType[] types = ApplicantType.values();
        long[] received = new long[types.length];
        long[] opening = new long[types.length];
        long[] handled = new long[types.length];
        List<Row> outcomeRows = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            received[i] = counts.within(types[i], TallyCounts.RECEIVED);
            opening[i] = counts.opening(types[i]);
        }
        for (Outcome outcome : Outcome.values()) {
            long[] row = new long[types.length];
            for (int i = 0; i < types.length; i++) {
                row[i] = counts.within(types[i], outcome.name());
                handled[i] += row[i];
            }
            outcomeRows.add(row(outcome.name(), outcome.label(), row));
        }
        long[] closing = new long[types.length];
        for (int i = 0; i < types.length; i++) {
            closing[i] = opening[i] + received[i] - handled[i];
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row(TallyCounts.RECEIVED, quarterly ? "一、本季度新收政府信息公开申请数量" : "一、本年新收政府信息公开申请数量", received));
        rows.add(row(CARRIED_OVER, quarterly ? "二、上季度结转政府信息公开申请数量" : "二、上年结转政府信息公开申请数量", opening));
        rows.addAll(outcomeRows);
        rows.add(row(TOTAL_HANDLED, "（七）总计", handled));
        rows.add(row(CARRIED_FORWARD, quarterly ? "四、结转下季度继续办理" : "四、结转下年度继续办理", closing));
        return new ApplicationsTable(columnCodes(), List.copyOf(rows));
    }

    private static Row row(String code, String label, long[] columns) {
        List<Long> counts = new ArrayList<>(columns.length + 1);
        long total = 0;
        for (long count : columns) {
            counts.add(count);
            total += count;
        }
        counts.add(total);
        return new Row(code, label, List.copyOf(counts));
    }

    public Row row(String code) {
        return rows.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + code));
    }
}
