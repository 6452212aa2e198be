package it.sportello.web.citizen;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import it.sportello.payment.boundary.Payments;
import it.sportello.payment.entity.Payment;
import it.sportello.web.payment.Checkout;

/**
 * Backing bean of {@code /area-personale/pagamenti.xhtml}: the citizen's payments, to pay and
 * paid, filtered by due date; notices to pay online (up to {@value Payments#MAX_TOGETHER} together,
 * with one fee) or to print, and the receipts of the paid ones.
 */
@Named
@ViewScoped
public class PaymentsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/area-personale/pagamenti.xhtml";

    @EJB
    Payments payments;

    @Inject
    Checkout checkout;

    private LocalDate dueFrom;
    private LocalDate dueTo;
    private final Map<String, Boolean> selected = new HashMap<>();
    private transient List<Payment> all;

    public void filter() {
        all = null;
    }

    /** "Paga online" for the chosen notices, together. */
    public void paySelected() throws IOException {
        List<String> chosen = selected.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (chosen.isEmpty()) {
            Messages.addGlobalError("payments.select.none");
            return;
        }
        if (chosen.size() > Payments.MAX_TOGETHER) {
            Messages.addGlobalError("payment.checkout.count", Payments.MAX_TOGETHER);
            return;
        }
        checkout.go(chosen, PATH);
    }

    private List<Payment> all() {
        if (all == null) {
            all = payments.ofCitizen(dueFrom, dueTo);
        }
        return all;
    }

    public List<Payment> getToPay() {
        return all().stream().filter(p -> p.getState().isPayable()).toList();
    }

    public List<Payment> getPaid() {
        return all().stream().filter(Payment::isPaid).toList();
    }

    public int getMaxTogether() {
        return Payments.MAX_TOGETHER;
    }

    public Map<String, Boolean> getSelected() {
        return selected;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }
}
