package it.sportello.form.control;

import java.math.BigDecimal;
import java.util.Objects;

import it.sportello.platform.i18n.LocalizedText;

/**
 * A marca da bollo the citizen declares when sending the practice (number and date are asked by a
 * later step of the wizard), e.g. 16.00 for the application itself.
 */
public record RequiredStampDuty(LocalizedText reason, BigDecimal amount) {

    public RequiredStampDuty {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amount, "amount");
    }
}
