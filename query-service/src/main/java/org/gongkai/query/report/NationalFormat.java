package org.gongkai.query.report;

/**
 * The national layout a report year is printed in. The report JSON carries the code ({@code "2019"} or
 * {@code "2021"}, CONTRACT.md §3); code compares the enum, never the string.
 */
public enum NationalFormat {
    /** The trial format of 国办公开办函〔2019〕60号, for report years 2019–2020. */
    TRIAL_2019("2019", "规范性文件"),
    /** 国办公开办函〔2021〕30号, from report year 2021: 25 outcome rows and 行政规范性文件 in table 二. */
    FORMAT_2021("2021", "行政规范性文件");

    private final String code;
    private final String normativeDocuments;

    NationalFormat(String code, String normativeDocuments) {
        this.code = code;
        this.normativeDocuments = normativeDocuments;
    }

    public static NationalFormat forYear(int year) {
        return year >= 2021 ? FORMAT_2021 : TRIAL_2019;
    }

    /** The format a report's code names; anything but "2021" is the trial format, as it always was read. */
    public static NationalFormat of(String code) {
        return FORMAT_2021.code.equals(code) ? FORMAT_2021 : TRIAL_2019;
    }

    public String code() {
        return code;
    }

    /** What table 二 calls normative documents in this format. */
    public String normativeDocuments() {
        return normativeDocuments;
    }
}
