package org.gongkai.query.application;

import java.math.BigDecimal;

/**
 * Information-processing fees paid in one year (国办函〔2020〕109号), as section 六 reports them: how many
 * applications were charged and the total in exact yuan.
 */
public record ProcessingFees(long applicationsCharged, BigDecimal totalYuan) {

    public boolean none() {
        return applicationsCharged == 0;
    }
}
