package it.sportello.practice.entity;

import java.math.BigDecimal;

/**
 * What the citizen pays when an approved practice is released: a deferred pagoPA amount and the
 * stamp duties due at release. The seam of the Payments component: until it exists only
 * {@link #NONE} is accepted, and an approval asking for charges is refused rather than pretending
 * to collect them.
 */
public record ReleaseCharges(BigDecimal deferredAmount, int stampDuties) {

    public static final ReleaseCharges NONE = new ReleaseCharges(BigDecimal.ZERO, 0);

    public ReleaseCharges {
        deferredAmount = deferredAmount == null ? BigDecimal.ZERO : deferredAmount;
        if (deferredAmount.signum() < 0 || stampDuties < 0) {
            throw new IllegalArgumentException("Charges are not negative");
        }
    }

    /** Nothing to pay: 0 means exempt, and the practice is approved at once. */
    public boolean isNone() {
        return deferredAmount.signum() == 0 && stampDuties == 0;
    }
}
