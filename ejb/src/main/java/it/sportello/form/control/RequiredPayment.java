package it.sportello.form.control;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import it.sportello.platform.i18n.LocalizedText;

/**
 * A pagoPA payment the citizen makes when sending the practice: either a fixed amount or the value
 * of a {@link FieldKind#COMPUTED_AMOUNT} field of the form. Exactly one of the two is set.
 *
 * @param reason the causale shown to the citizen and on the notice
 */
public record RequiredPayment(BigDecimal amount, String amountField, LocalizedText reason) {

    public RequiredPayment {
        Objects.requireNonNull(reason, "reason");
        if ((amount == null) == (amountField == null)) {
            throw new IllegalArgumentException("Either an amount or an amount field");
        }
    }

    /** What the citizen pays for these data; empty when the computed amount has no value. */
    public Optional<BigDecimal> amountFor(FormData data) {
        if (amount != null) {
            return Optional.of(amount);
        }
        return data.get(amountField) instanceof BigDecimal computed ? Optional.of(computed) : Optional.empty();
    }
}
