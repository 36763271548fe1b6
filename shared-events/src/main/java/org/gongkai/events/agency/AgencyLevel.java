package org.gongkai.events.agency;

/** Administrative level of a reporting unit; it decides the statutory deadline of its report (条例 Art. 49). */
public enum AgencyLevel {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWNSHIP("乡镇级"),
    DEPARTMENT("部门");

    private final String label;

    AgencyLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
