package it.sportello.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class StampDutyTest {

    @Test
    void aStampCostsEurosAndCents() {
        assertThat(new StampDuty(null, ChargeMoment.AT_RELEASE, "Rilascio", new BigDecimal("16")).getAmount())
                .isEqualTo(new BigDecimal("16.00"));
        assertThatThrownBy(() -> new StampDuty(null, ChargeMoment.AT_RELEASE, "Rilascio", new BigDecimal("16.005")))
                .isInstanceOf(PaymentRefusedException.class)
                .hasMessage("payment.stamp.amount_invalid");
        assertThatThrownBy(() -> new StampDuty(null, ChargeMoment.AT_RELEASE, "Rilascio", BigDecimal.ZERO))
                .isInstanceOf(PaymentRefusedException.class)
                .hasMessage("payment.stamp.amount_invalid");
    }
}
