package it.sportello.payment.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The text of the QR code on a pagoPA notice, which payment apps and bank counters read:
 * {@code PAGOPA|002|<codice avviso>|<creditor's tax code, 11 digits>|<amount in cents>}.
 */
public record PaymentCode(NoticeNumber noticeNumber, String creditorTaxCode, BigDecimal amount) {

    public PaymentCode {
        Objects.requireNonNull(noticeNumber, "noticeNumber");
        if (creditorTaxCode == null || !creditorTaxCode.matches("\\d{11}")) {
            throw new IllegalArgumentException("The creditor's tax code has 11 digits: " + creditorTaxCode);
        }
        if (amount == null
                || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A positive amount in euro and cents: " + amount);
        }
    }

    public long cents() {
        return amount.movePointRight(2).longValueExact();
    }

    public String text() {
        return "PAGOPA|002|" + noticeNumber.value() + "|" + creditorTaxCode + "|" + cents();
    }
}
