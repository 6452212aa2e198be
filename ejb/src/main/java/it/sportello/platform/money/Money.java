package it.sportello.platform.money;

import java.io.Serializable;
import java.math.BigDecimal;

import it.sportello.platform.text.TypedNumber;

/**
 * An amount in euros the desk asks or records: in cents (at most two decimals), not negative, at
 * most {@link #MAX}, the largest amount of a pagoPA debt position. Zero is an amount: on approval
 * it means exempt. The value always has two decimals, so that {@code 12.3} and {@code 12.30} are
 * the same amount.
 */
public record Money(BigDecimal euros) implements Serializable, Comparable<Money> {

    /** The largest amount pagoPA accepts for one debt position. */
    public static final BigDecimal MAX = new BigDecimal("999999999.99");

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final int CENTS = 2;

    /**
     * @throws InvalidAmountException if {@code euros} is missing, negative, has more than two
     *         decimals or is above {@link #MAX}
     */
    public Money {
        if (euros == null) {
            throw new InvalidAmountException(InvalidAmountException.FORMAT);
        }
        if (euros.signum() < 0) {
            throw new InvalidAmountException(InvalidAmountException.NEGATIVE);
        }
        if (euros.stripTrailingZeros().scale() > CENTS) {
            throw new InvalidAmountException(InvalidAmountException.DECIMALS);
        }
        if (euros.compareTo(MAX) > 0) {
            throw new InvalidAmountException(InvalidAmountException.TOO_LARGE, MAX);
        }
        euros = euros.setScale(CENTS);
    }

    public static Money of(BigDecimal euros) {
        return new Money(euros);
    }

    /**
     * The amount a person typed: a number as {@link TypedNumber} reads it ("12,30", "12.30",
     * "1.234,50"), optionally with the euro sign before or after it, with at most two decimals as
     * typed.
     *
     * @throws InvalidAmountException if the text is not such an amount
     */
    public static Money parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.startsWith("€")) {
            typed = typed.substring(1);
        } else if (typed.endsWith("€")) {
            typed = typed.substring(0, typed.length() - 1);
        }
        TypedNumber number =
                TypedNumber.read(typed).orElseThrow(() -> new InvalidAmountException(InvalidAmountException.FORMAT));
        if (number.value().signum() < 0) {
            throw new InvalidAmountException(InvalidAmountException.NEGATIVE);
        }
        if (number.decimals() > CENTS) {
            throw new InvalidAmountException(InvalidAmountException.DECIMALS);
        }
        return new Money(number.value());
    }

    public boolean isZero() {
        return euros.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return euros.compareTo(other.euros);
    }

    /** The amount with a dot and two decimals, e.g. {@code 12.30}. */
    @Override
    public String toString() {
        return euros.toPlainString();
    }
}
