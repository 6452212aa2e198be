package it.sportello.payment.control;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.payment.entity.Payment;
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

    /** The intermediary could not register a debt position. */
    class IntermediaryException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public IntermediaryException(String message) {
            super(message);
        }
    }
}
