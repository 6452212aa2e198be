package it.sportello.web.payment;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;

import org.omnifaces.util.Faces;

import it.sportello.payment.boundary.Payments;

/**
 * Sends the logged-in citizen to the intermediary's checkout for some notices, with the address
 * to come back to and the address the intermediary notifies.
 */
@RequestScoped
public class Checkout {

    public static final String NOTIFICATION_PATH = "api/pagopa/notifiche";

    @EJB
    Payments payments;

    /** {@code back} is a path inside the application, e.g. {@code /area-personale/pagamenti.xhtml}. */
    public void go(List<String> iuds, String back) throws IOException {
        String base = Faces.getRequestBaseURL();
        URI target = payments.checkout(iuds, base + back.replaceFirst("^/", ""), base + NOTIFICATION_PATH);
        Faces.redirect(target.isAbsolute() ? target.toString() : Faces.getRequestContextPath() + target);
    }
}
