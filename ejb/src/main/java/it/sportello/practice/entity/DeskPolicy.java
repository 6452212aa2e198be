package it.sportello.practice.entity;

/**
 * What the moves of a practice depend on besides the practice itself: a setting of the
 * municipality and what the citizen still owes for this practice. A practice cannot read a setting
 * nor ask the payment component, so the boundaries build this value and hand it to the methods
 * whose outcome depends on it, instead of a row of flags whose order nobody reads at the call.
 *
 * @param protocolOn    the municipality registers sent practices and outcome letters in the
 *                      protocol register: a practice merely sent waits for its registration before
 *                      the office takes it, and a decision waits for its letter to be registered
 *                      (<em>Elaborata</em>)
 * @param paymentDue    the form asks for a payment with the request: sending waits for it
 * @param stampsPending stamp duties asked on approval are still to be provided: once the deferred
 *                      payment is made, the approval waits for them
 */
public record DeskPolicy(boolean protocolOn, boolean paymentDue, boolean stampsPending) {

    /** The protocol register on or off, and nothing owed: what the desk's actions on a practice go by. */
    public static DeskPolicy protocol(boolean on) {
        return new DeskPolicy(on, false, false);
    }

    /** The same policy for sending a draft whose form does or does not ask for a payment with the request. */
    public DeskPolicy withPaymentDue(boolean due) {
        return new DeskPolicy(protocolOn, due, stampsPending);
    }

    /** The same policy for a payment that arrives while stamp duties are or are not still to be provided. */
    public DeskPolicy withStampsPending(boolean pending) {
        return new DeskPolicy(protocolOn, paymentDue, pending);
    }
}
