package it.sportello.practice.entity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * What the citizen pays when an approved practice is released: a deferred pagoPA amount (0 means
 * exempt) and the stamp duties due at release, each with its reason and amount. The citizen pays
 * first, then provides the stamps; the outcome is released when nothing is due any more.
 */
public record ReleaseCharges(BigDecimal deferredAmount, List<Stamp> stamps) {

    public static final ReleaseCharges NONE = new ReleaseCharges(BigDecimal.ZERO, List.of());

    /** A stamp duty due at release ("marca da bollo sul provvedimento"). */
    public record Stamp(String reason, BigDecimal amount) {

        /** The usual one: 16.00 € on the permit or authorisation released. */
        public static final Stamp RELEASE = new Stamp("Rilascio del provvedimento", new BigDecimal("16.00"));

        public Stamp {
            if (reason == null || reason.isBlank() || amount == null || amount.signum() <= 0) {
                throw new IllegalArgumentException("A stamp has a reason and a positive amount");
            }
        }
    }

    public ReleaseCharges {
        deferredAmount = deferredAmount == null ? BigDecimal.ZERO : deferredAmount;
        stamps = stamps == null ? List.of() : List.copyOf(stamps);
        if (deferredAmount.signum() < 0) {
            throw new IllegalArgumentException("Charges are not negative");
        }
    }

    /** A deferred amount and this many stamps of {@link Stamp#RELEASE}. */
    public ReleaseCharges(BigDecimal deferredAmount, int stampDuties) {
        this(deferredAmount, stampDuties < 0 ? failNegative() : Collections.nCopies(stampDuties, Stamp.RELEASE));
    }

    private static List<Stamp> failNegative() {
        throw new IllegalArgumentException("Charges are not negative");
    }

    public int stampDuties() {
        return stamps.size();
    }

    /** Nothing to pay: 0 means exempt, and the practice is approved at once. */
    public boolean isNone() {
        return deferredAmount.signum() == 0 && stamps.isEmpty();
    }
}
