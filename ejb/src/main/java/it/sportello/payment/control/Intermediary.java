package it.sportello.payment.control;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentState;
import it.sportello.platform.Reachability;

/**
 * A pagoPA intermediary ("intermediario tecnologico"): it holds the municipality's debt positions
 * on the pagoPA platform and runs the checkout. It tells the desk the outcome of a checkout
 * server-to-server, through the notification endpoint, the way real intermediaries do; the
 * address the citizen is sent back to only says the checkout ended. Chosen with
 * {@code sportello.payment.intermediary}.
 */
public interface Intermediary {

    /** The name that selects it in the settings. */
    String name();

    /** Whether the intermediary answers now; asked by the readiness check, never while paying. */
    Reachability reachability();

    /**
     * Registers a debt position that already has its codice avviso.
     *
     * @throws IntermediaryException when the intermediary refuses or cannot be reached
     */
    void register(Payment payment);

    /**
     * Opens a checkout for positions paid together, with one fee, for the citizen who asked for it,
     * and answers where to send the citizen; the citizen comes back to {@code returnUrl}.
     */
    URI checkout(FiscalCode payer, List<Payment> payments, String returnUrl, String notificationUrl);

    /** The fee the checkout adds once, on top of the positions. */
    BigDecimal fee();

    /**
     * Withdraws a registered position, so that nobody can pay it any more (the practice was
     * cancelled). An intermediary that keeps no positions of its own has nothing to withdraw.
     *
     * @throws IntermediaryException when the intermediary refuses (e.g. the position was paid) or
     *     cannot be reached
     */
    default void invalidate(Payment payment) {
        // nothing kept, nothing to withdraw
    }

    /**
     * Where the intermediary says the position is, in the desk's terms; empty when it does not know
     * it or does not tell. The simulation tells through its notifications only.
     *
     * @throws IntermediaryException when the intermediary cannot be reached
     */
    default Optional<PaymentState> state(Payment payment) {
        return Optional.empty();
    }

    /**
     * The receipt of a paid position, read from the intermediary; empty while there is none. Asked
     * again, it answers the same receipt: applying it twice to the position changes nothing more
     * ({@link Payment#confirm}).
     *
     * @throws IntermediaryException when the intermediary cannot be reached or answers nonsense
     */
    default Optional<PlatformReceipt> receipt(Payment payment) {
        return Optional.empty();
    }

    /**
     * The intermediary refused a request or could not be reached. The message names the operation,
     * the position's identifiers and the HTTP status, never the payer.
     */
    class IntermediaryException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public IntermediaryException(String message) {
            super(message);
        }
    }
}
