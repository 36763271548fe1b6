package org.gongkai.query.proactive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "decision_tally")
class DecisionTallyEntity {

    @Id
    @Column(name = "tally_id")
    private String tallyId;

    @Column(name = "agency_id")
    private String agencyId;

    private String category;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    private long count;

    protected DecisionTallyEntity() {}

    DecisionTallyEntity(
            String tallyId, String agencyId, String category, LocalDate periodStart, LocalDate periodEnd, long count) {
        this.tallyId = tallyId;
        this.agencyId = agencyId;
        this.category = category;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.count = count;
    }
}
