package it.sportello.web.pagopa;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import it.sportello.payment.control.SimulatedIntermediary;
import it.sportello.web.citizen.CurrentCitizen;

/**
 * Backing bean of {@code /pagopa-simulato/checkout.xhtml}: the SIMULATED intermediary's checkout.
 * It shows the notices, the fee and a test card; "Paga" and "Pagamento non riuscito" notify the
 * desk server-to-server, as a real intermediary would, then send the citizen back. No money moves.
 * Only the citizen who started the checkout sees it (anybody else gets 404); once a position is
 * paid it says so, with the way to the receipts, instead of offering to pay.
 */
@Named
@ViewScoped
public class SimulatedCheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SimulatedIntermediary intermediary;

    @Inject
    CurrentCitizen citizen;

    private String session;
    private SimulatedIntermediary.Checkout checkout;
    private boolean alreadyPaid;

    public void load() throws IOException {
        checkout = citizen.find()
                .flatMap(payer -> intermediary.find(session, payer.getFiscalCode()))
                .orElse(null);
        if (checkout == null) {
            Faces.responseSendError(404, "");
            return;
        }
        alreadyPaid = intermediary.alreadyPaid(checkout);
    }

    public void pay() throws IOException {
        Faces.redirect(intermediary.complete(session, citizen.fiscalCode(), true));
    }

    public void fail() throws IOException {
        Faces.redirect(intermediary.complete(session, citizen.fiscalCode(), false));
    }

    public boolean isAlreadyPaid() {
        return alreadyPaid;
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
