package it.sportello.practice.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Where a decision puts the practice while its outcome waits for what is due before it is out. */
class DecisionTest {

    private static final DeskPolicy PROTOCOL_OFF = DeskPolicy.protocol(false);
    private static final DeskPolicy PROTOCOL_ON = DeskPolicy.protocol(true);

    private final Decision approval = new Decision(Outcome.ACCEPTED, null);

    @Test
    void withNothingDueTheOutcomeIsOutAtOnceOrOnceItsLetterIsRegistered() {
        assertThat(approval.statusOnDeciding(ReleaseCharges.NONE, PROTOCOL_OFF)).isEqualTo(PracticeStatus.ACCEPTED);
        assertThat(approval.statusOnDeciding(ReleaseCharges.NONE, PROTOCOL_ON)).isEqualTo(PracticeStatus.PROCESSED);
        assertThat(new Decision(Outcome.REJECTED, null).statusOnDeciding(ReleaseCharges.NONE, PROTOCOL_OFF))
                .isEqualTo(PracticeStatus.REJECTED);
    }

    @Test
    void theDeferredPaymentComesFirstThenTheStampsAndZeroIsExempt() {
        assertThat(approval.statusOnDeciding(new ReleaseCharges(new BigDecimal("16.00"), 1), PROTOCOL_ON))
                .isEqualTo(PracticeStatus.WAITING_PAYMENT);
        assertThat(approval.statusOnDeciding(new ReleaseCharges(BigDecimal.ZERO, 1), PROTOCOL_ON))
                .isEqualTo(PracticeStatus.WAITING_STAMP_DUTY);
        assertThat(approval.statusOnDeciding(new ReleaseCharges(BigDecimal.ZERO, 0), PROTOCOL_OFF))
                .isEqualTo(PracticeStatus.ACCEPTED);
    }

    @Test
    void oncePaidTheOutcomeWaitsOnlyForStampsStillPending() {
        assertThat(approval.statusOnPayment(PROTOCOL_OFF.withStampsPending(true)))
                .isEqualTo(PracticeStatus.WAITING_STAMP_DUTY);
        assertThat(approval.statusOnPayment(PROTOCOL_OFF)).isEqualTo(PracticeStatus.ACCEPTED);
    }
}
