package it.sportello.practice.boundary;

import java.math.BigDecimal;

import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.ReleaseCharges;

/**
 * What a practice needs from whoever collects the money: a payment asked with the request, the
 * payment and stamp duties asked on release, the stamps the citizen has declared and those still
 * to provide, and whether a payment stands. The practice owns this interface and the payment component answers it, so that
 * payments depend on practices and never the other way round; the values that cross it are the
 * practice's own or the JDK's.
 * <p>
 * Every call joins the caller's transaction: what it stores commits or rolls back with the
 * practice's change that asked for it.
 */
public interface Cashier {

    /**
     * The payment due with the request: its debt position, created now for the applicant. A
     * refusal by the pagoPA intermediary goes into the practice's iter (the citizen can try again)
     * and does not roll the caller back.
     */
    void askWithRequest(Practice practice, BigDecimal amount, String reason);

    /**
     * What the citizen pays when the approved practice is released: a debt position for the
     * deferred amount, when there is one, with {@code reason} as its causale, then a stamp duty
     * for each stamp, for the citizen to provide. A refused position is handled as in
     * {@link #askWithRequest}.
     */
    void askOnRelease(Practice practice, ReleaseCharges charges, String reason);

    /** How many stamp duties of the practice the citizen has declared so far. */
    long declaredStamps(Practice practice);

    /** Whether stamp duties asked on release are still to be provided: an approval paid for then waits for them. */
    boolean stampsPending(Practice practice);

    /** Forgets the stamp duties of a draft that goes away: their identifiers are free again. */
    void forgetStamps(Practice practice);

    /** Whether the practice has a payment that stands: one neither failed nor cancelled. */
    boolean hasPayment(Practice practice);
}
