package org.gongkai.query.proactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProactiveTableTest {

    @Test
    void printsFeesInTenThousandYuanExactlyWithoutTrailingZeros() {
        assertThat(ProactiveTable.tenThousandYuan(new BigDecimal("242523110.82")))
                .isEqualTo("24252.311082");
        assertThat(ProactiveTable.tenThousandYuan(new BigDecimal("91163600.00")))
                .isEqualTo("9116.36");
        assertThat(ProactiveTable.tenThousandYuan(new BigDecimal("1000000"))).isEqualTo("100");
        assertThat(ProactiveTable.tenThousandYuan(new BigDecimal("0.01"))).isEqualTo("0.000001");
        assertThat(ProactiveTable.tenThousandYuan(new BigDecimal("0.00"))).isEqualTo("0");
    }
}
