package it.sportello.payment.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import it.sportello.payment.entity.Payment;

/**
 * The receipt ("ricevuta telematica") the pagoPA platform keeps for a paid notice: its identifier,
 * the notice, what was paid, the fee and when. A value: the same receipt read twice is equal, and
 * applying it to its position ({@link #applyTo}) makes the position paid once.
 */
public record PlatformReceipt(
        String receiptId, String noticeNumber, BigDecimal amount, BigDecimal fee, Instant paidAt) {

    public PlatformReceipt {
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(noticeNumber, "noticeNumber");
        Objects.requireNonNull(amount, "amount");
        fee = fee == null ? BigDecimal.ZERO.setScale(2) : fee.setScale(2);
        amount = amount.setScale(2);
    }

    /**
     * Confirms the position with this receipt; a repeated or late receipt changes nothing.
     *
     * @return whether the position became paid now
     */
    public boolean applyTo(Payment payment, Instant now) {
        return payment.confirm(receiptId, fee, paidAt, now);
    }
}
