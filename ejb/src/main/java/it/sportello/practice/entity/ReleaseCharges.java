package it.sportello.practice.entity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import it.sportello.platform.money.InvalidAmountException;
import it.sportello.platform.money.Money;

/**
 * What the citizen pays when an approved practice is released: a deferred pagoPA amount (0 means
 * exempt) and the stamp duties due at release, each with its reason and amount. The citizen pays
 * first, then provides the stamps; the outcome is released when nothing is due any more. Made
 * only of what makes sense — amounts in euros and cents, not negative, and at most
 * {@link #MAX_STAMPS} stamps — so that a typing error is a message, never a charge.
 */
public record ReleaseCharges(BigDecimal deferredAmount, List<Stamp> stamps) {

    /** The most stamp duties one outcome asks for. */
    public static final int MAX_STAMPS = 10;

    /** The message when the number of stamps is below 0 or above {@link #MAX_STAMPS}. */
    public static final String STAMPS_OUT_OF_RANGE = "practice.desk.stamps.range";

    public static final ReleaseCharges NONE = new ReleaseCharges(BigDecimal.ZERO, List.of());

    /** A stamp duty due at release ("marca da bollo sul provvedimento"). */
    public record Stamp(String reason, BigDecimal amount) {

        /** The usual one: 16.00 € on the permit or authorisation released. */
        public static final Stamp RELEASE = new Stamp("Rilascio del provvedimento", new BigDecimal("16.00"));

        /**
         * @throws InvalidAmountException if the amount is not one in euros and cents
         * @throws IllegalArgumentException if the reason is missing or the amount is zero
         */
        public Stamp {
            amount = amount == null ? null : Money.of(amount).euros();
            if (reason == null || reason.isBlank() || amount == null || amount.signum() <= 0) {
                throw new IllegalArgumentException("A stamp has a reason and a positive amount");
            }
        }
    }

    /**
     * @throws InvalidAmountException if the deferred amount is not one in euros and cents
     * @throws PracticeRefusedException if there are more than {@link #MAX_STAMPS} stamps
     */
    public ReleaseCharges {
        deferredAmount = deferredAmount == null
                ? Money.ZERO.euros()
                : Money.of(deferredAmount).euros();
        stamps = stamps == null ? List.of() : List.copyOf(stamps);
        if (stamps.size() > MAX_STAMPS) {
            throw new PracticeRefusedException(STAMPS_OUT_OF_RANGE, MAX_STAMPS);
        }
    }

    /**
     * A deferred amount and this many stamps of {@link Stamp#RELEASE}.
     *
     * @throws PracticeRefusedException if {@code stampDuties} is below 0 or above {@link #MAX_STAMPS}
     */
    public ReleaseCharges(BigDecimal deferredAmount, int stampDuties) {
        this(deferredAmount, Collections.nCopies(stampsInRange(stampDuties), Stamp.RELEASE));
    }

    private static int stampsInRange(int stampDuties) {
        if (stampDuties < 0 || stampDuties > MAX_STAMPS) {
            throw new PracticeRefusedException(STAMPS_OUT_OF_RANGE, MAX_STAMPS);
        }
        return stampDuties;
    }

    public int stampDuties() {
        return stamps.size();
    }

    /** Nothing to pay: 0 means exempt, and the practice is approved at once. */
    public boolean isNone() {
        return deferredAmount.signum() == 0 && stamps.isEmpty();
    }
}
