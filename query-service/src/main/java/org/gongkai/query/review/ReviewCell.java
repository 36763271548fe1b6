package org.gongkai.query.review;

import java.util.Arrays;
import java.util.List;

/**
 * The five cells of each block of table 四, in table order, with the label the national format prints. The one
 * declaration of them: the readers, the printed tables, the uploaded-table check and the code list all take it
 * from here.
 */
public enum ReviewCell {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结"),
    /** The sum of the four others. */
    TOTAL("总计");

    private final String label;

    ReviewCell(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The codes in table order, as the report JSON keys each block's cells. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(ReviewCell::name).toList();
    }

    /** The labels in table order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(ReviewCell::label).toList();
    }
}
