package org.gongkai.events.report;

/** The report sections written by staff (DOMAIN.md §2): 一, 五 and 六, with their official headings. */
public enum NarrativeSection {
    OVERVIEW("一、总体情况"),
    PROBLEMS("五、存在的主要问题及改进情况"),
    OTHER_MATTERS("六、其他需要报告的事项");

    private final String label;

    NarrativeSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
