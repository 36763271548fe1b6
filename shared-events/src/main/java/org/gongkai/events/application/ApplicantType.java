package org.gongkai.events.application;

/**
 * The applicant category named on an application: the six columns of table 三, in table order
 * (DOMAIN.md §4, §6.2). A lawyer acting for a person does not make an application {@link #LEGAL_SERVICE_AGENCY};
 * the firm applying in its own name does.
 */
public enum ApplicantType {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_INTEREST_ORGANIZATION("社会公益组织"),
    LEGAL_SERVICE_AGENCY("法律服务机构"),
    OTHER_ORGANIZATION("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    /** The column heading printed in table 三. */
    public String label() {
        return label;
    }
}
