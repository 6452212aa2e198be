package it.sportello.web.pagopa;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import it.sportello.payment.control.SimulatedIntermediary;

/**
 * Backing bean of {@code /pagopa-simulato/checkout.xhtml}: the SIMULATED intermediary's checkout.
 * It shows the notices, the fee and a test card; "Paga" and "Pagamento non riuscito" notify the
 * desk server-to-server, as a real intermediary would, then send the citizen back. No money moves.
 */
@Named
@ViewScoped
public class SimulatedCheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SimulatedIntermediary intermediary;

    private String session;
    private SimulatedIntermediary.Checkout checkout;

    public void load() throws IOException {
        checkout = intermediary.find(session).orElse(null);
        if (checkout == null) {
            Faces.responseSendError(404, "");
        }
    }

    public void pay() throws IOException {
        Faces.redirect(intermediary.complete(session, true));
    }

    public void fail() throws IOException {
        Faces.redirect(intermediary.complete(session, false));
    }

    public SimulatedIntermediary.Checkout getCheckout() {
        return checkout;
    }

    public String getTestCard() {
        return SimulatedIntermediary.TEST_CARD;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }
}
