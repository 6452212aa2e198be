package it.sportello.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 4, 1);
    private static final Payment.Payer PAYER =
            new Payment.Payer("Mario Rossi", "RSSMRA80A01H501U", "Via Roma 1, 56031 Bugliano (PI)", "mario@example.it");

    private Payment payment;

    @BeforeEach
    void aNewPosition() {
        payment = new Payment(
                null, ChargeMoment.AT_REQUEST, new BigDecimal("20"), "Cartello passo carrabile", PAYER, DUE, NOW);
    }

    private void issue() {
        payment.number(NoticeNumber.issue("01", 1));
        payment.issued(NOW);
    }

    @Test
    void aNewPositionIsBeingCreatedWithItsIudAndNoNoticeYet() {
        assertThat(payment.getState()).isEqualTo(PaymentState.CREATING);
        assertThat(payment.getIud()).hasSize(32);
        assertThat(payment.getNoticeNumber()).isEmpty();
        assertThat(payment.getAmount()).isEqualByComparingTo("20.00");
        assertThat(payment.code("00000000000")).isEmpty();
    }

    @Test
    void issuedItIsToPayWithItsNoticeNumberIuvAndQrCode() {
        issue();
        assertThat(payment.getState()).isEqualTo(PaymentState.TO_PAY);
        assertThat(payment.getIuv()).isEqualTo("01000000000000144");
        assertThat(payment.code("00000000000").orElseThrow().text())
                .isEqualTo("PAGOPA|002|301000000000000144|00000000000|2000");
    }

    @Test
    void aRefusedCreationIsAnErrorAndCannotBePaidOnline() {
        payment.creationFailed(NOW);
        assertThat(payment.getState()).isEqualTo(PaymentState.ERROR);
        assertThatThrownBy(() -> payment.checkoutStarted(DUE, NOW)).hasMessage("payment.not_payable");
        assertThat(payment.confirm("R1", BigDecimal.ONE, NOW, NOW)).isFalse();
    }

    @Test
    void aConfirmationPaysOnceAndRepeatedOnesChangeNothing() {
        issue();
        payment.checkoutStarted(DUE, NOW);
        assertThat(payment.getState()).isEqualTo(PaymentState.PROCESSING);

        assertThat(payment.confirm("R1", BigDecimal.ONE, NOW, NOW)).isTrue();
        assertThat(payment.confirm("R2", BigDecimal.TEN, NOW.plusSeconds(5), NOW))
                .isFalse();

        assertThat(payment.getState()).isEqualTo(PaymentState.PAID);
        assertThat(payment.getReceiptId()).isEqualTo("R1");
        assertThat(payment.getFee()).isEqualByComparingTo("1");
        assertThat(payment.getChannel()).isEqualTo(PaymentChannel.PAGOPA);
    }

    @Test
    void aFailureArrivingAfterTheConfirmationIsIgnored() {
        issue();
        payment.checkoutStarted(DUE, NOW);
        payment.confirm("R1", null, NOW, NOW);

        assertThat(payment.checkoutFailed(NOW)).isFalse();
        assertThat(payment.getState()).isEqualTo(PaymentState.PAID);
    }

    @Test
    void aFailedCheckoutCanBeTriedAgain() {
        issue();
        payment.checkoutStarted(DUE, NOW);
        assertThat(payment.checkoutFailed(NOW)).isTrue();
        assertThat(payment.getState()).isEqualTo(PaymentState.TO_PAY);
        payment.checkoutStarted(DUE, NOW);
        assertThat(payment.getState()).isEqualTo(PaymentState.PROCESSING);
    }

    @Test
    void pastItsDueDateItExpiresAndIsNoLongerPaidOnline() {
        issue();
        payment.expireIfDue(DUE, NOW);
        assertThat(payment.getState()).as("due today is not expired").isEqualTo(PaymentState.TO_PAY);
        assertThatThrownBy(() -> payment.checkoutStarted(DUE.plusDays(1), NOW)).hasMessage("payment.not_payable");
        assertThat(payment.getState()).isEqualTo(PaymentState.EXPIRED);
        assertThat(payment.confirm("R1", null, NOW, NOW))
                .as("a late payment at a counter still counts")
                .isTrue();
    }

    @Test
    void aRegisteredPaymentCannotBeRegisteredAgainNorPaidTwice() {
        issue();
        payment.register("operatore", NOW);
        assertThat(payment.getState()).isEqualTo(PaymentState.PAID);
        assertThat(payment.getChannel()).isEqualTo(PaymentChannel.REGISTERED);
        assertThatThrownBy(() -> payment.register("operatore", NOW)).hasMessage("payment.already_paid");
        assertThatThrownBy(() -> payment.checkoutStarted(DUE, NOW)).hasMessage("payment.already_paid");
    }

    @Test
    void amountsArePositiveInEuroAndCents() {
        assertThatThrownBy(() -> new Payment(null, ChargeMoment.AT_REQUEST, BigDecimal.ZERO, "x", PAYER, DUE, NOW))
                .hasMessage("payment.amount.invalid");
        assertThatThrownBy(
                        () -> new Payment(null, ChargeMoment.AT_REQUEST, new BigDecimal("1.001"), "x", PAYER, DUE, NOW))
                .hasMessage("payment.amount.invalid");
    }

    @Test
    void aStampIsDeclaredWith14DigitsAndAPastIssueMoment() {
        StampDuty stamp = new StampDuty(null, ChargeMoment.AT_REQUEST, "Istanza", new BigDecimal("16"));
        LocalDateTime now = LocalDateTime.of(2026, 3, 2, 11, 0);
        assertThatThrownBy(() -> stamp.declare("1234567890123", now.minusDays(1), now, NOW))
                .hasMessage("payment.stamp.identifier_invalid");
        assertThatThrownBy(() -> stamp.declare("12345678901234", now.plusMinutes(1), now, NOW))
                .hasMessage("payment.stamp.issued_invalid");
        stamp.declare("1234 5678 9012 34", now.minusDays(1), now, NOW);
        assertThat(stamp.getIdentifier()).isEqualTo("12345678901234");
        assertThat(stamp.isDeclared()).isTrue();
        assertThat(stamp.getAmount()).isEqualByComparingTo("16.00");
    }

    @Test
    void aPositionToPayIsRemindedOnceWhenItFallsDueWithinTheDays() {
        assertThat(payment.wantsReminder(DUE.minusDays(2), 5))
                .as("still being created")
                .isFalse();
        issue();
        assertThat(payment.wantsReminder(DUE.minusDays(6), 5)).as("too early").isFalse();
        assertThat(payment.wantsReminder(DUE.plusDays(1), 5))
                .as("past its due date")
                .isFalse();
        assertThat(payment.wantsReminder(DUE, 5)).as("on its due date").isTrue();
        assertThat(payment.wantsReminder(DUE.minusDays(5), 5)).isTrue();
        payment.reminded(NOW);
        assertThat(payment.wantsReminder(DUE.minusDays(5), 5)).as("once").isFalse();
    }

    @Test
    void aPaidPositionIsNotReminded() {
        issue();
        payment.register("operatore", NOW);
        assertThat(payment.wantsReminder(DUE, 5)).isFalse();
    }
}
