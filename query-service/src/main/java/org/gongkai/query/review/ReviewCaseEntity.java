package org.gongkai.query.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One case with its filing and conclusion dates. Both are kept so that the attribution policy of table 四 is a
 * query, not a stored decision (DOMAIN.md §5).
 */
@Entity
@Table(name = "review_case")
class ReviewCaseEntity {

    @Id
    @Column(name = "case_id")
    private String caseId;

    @Column(name = "agency_id")
    private String agencyId;

    private String kind;

    @Column(name = "application_id")
    private String applicationId;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    private String result;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    protected ReviewCaseEntity() {}

    ReviewCaseEntity(String caseId, String agencyId, ReviewGroup kind, String applicationId, LocalDate filedOn) {
        this.caseId = caseId;
        this.agencyId = agencyId;
        this.kind = kind.name();
        this.applicationId = applicationId;
        this.filedOn = filedOn;
    }

    String agencyId() {
        return agencyId;
    }

    void conclude(String newResult, LocalDate on) {
        this.result = newResult;
        this.concludedOn = on;
    }
}
