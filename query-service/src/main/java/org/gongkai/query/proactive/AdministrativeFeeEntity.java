package org.gongkai.query.proactive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "administrative_fee")
class AdministrativeFeeEntity {

    @Id
    @Column(name = "fee_record_id")
    private String feeRecordId;

    @Column(name = "agency_id")
    private String agencyId;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "amount_yuan")
    private BigDecimal amountYuan;

    protected AdministrativeFeeEntity() {}

    AdministrativeFeeEntity(
            String feeRecordId, String agencyId, LocalDate periodStart, LocalDate periodEnd, BigDecimal amountYuan) {
        this.feeRecordId = feeRecordId;
        this.agencyId = agencyId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.amountYuan = amountYuan;
    }
}
