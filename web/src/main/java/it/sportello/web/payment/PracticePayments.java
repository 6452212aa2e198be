package it.sportello.web.payment;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.payment.boundary.Payments;
import it.sportello.payment.boundary.StampDeclaration;
import it.sportello.payment.entity.ChargeMoment;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentState;
import it.sportello.payment.entity.StampDuty;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.practice.entity.Practice;
import it.sportello.web.citizen.CurrentCitizen;

/**
 * What {@code WEB-INF/includes/payment/practice-payment.xhtml} shows of a practice: its debt
 * positions and stamp duties, read as the citizen who owns it or as the operator at the desk, and
 * the citizen's "Paga" button.
 */
@Named
@RequestScoped
public class PracticePayments {

    @EJB
    Payments payments;

    @Inject
    CurrentCitizen citizen;

    @Inject
    Checkout checkout;

    @Inject
    PublicLinks links;

    private List<Payment> paymentsRead;
    private List<StampDuty> stampsRead;
    private final Map<Long, String> identifiers = new HashMap<>();
    private final Map<Long, LocalDate> days = new HashMap<>();
    private final Map<Long, LocalTime> times = new HashMap<>();

    public List<Payment> of(Practice practice) {
        if (paymentsRead == null) {
            paymentsRead = isCitizenView()
                    ? payments.ofPractice(practice.getReference())
                    : payments.ofPracticeAtDesk(practice.getReference());
        }
        return paymentsRead;
    }

    public List<StampDuty> stamps(Practice practice) {
        if (stampsRead == null) {
            stampsRead = isCitizenView()
                    ? payments.stampsOf(practice.getReference())
                    : payments.stampsAtDesk(practice.getReference());
        }
        return stampsRead;
    }

    /** The citizen sees his or her own practice; anybody else is the desk. */
    public boolean isCitizenView() {
        return citizen.isLoggedIn();
    }

    /** "Paga": to the checkout for the practice's open position, and back to the practice. */
    public void pay(String reference) throws IOException {
        Payment payment = payments.toPay(reference);
        if (payment.getState() == PaymentState.ERROR) {
            Messages.addGlobalError("payment.creation_failed");
            return;
        }
        checkout.go(List.of(payment.getIud()), links.path(PublicPage.PRACTICE) + reference + "&scheda=pagamento");
    }

    /** The stamps asked on approval, as the citizen typed them: then the practice gets its outcome. */
    public void provideStamps(String reference) throws IOException {
        List<StampDeclaration> declarations = payments.stampsOf(reference).stream()
                .filter(s -> s.getMoment() == ChargeMoment.AT_RELEASE && !s.isDeclared())
                .map(s -> new StampDeclaration(
                        identifiers.get(s.getId()),
                        days.get(s.getId()) == null || times.get(s.getId()) == null
                                ? null
                                : LocalDateTime.of(days.get(s.getId()), times.get(s.getId()))))
                .toList();
        payments.provideStamps(reference, declarations);
        Faces.redirect(
                Faces.getRequestContextPath() + links.path(PublicPage.PRACTICE) + reference + "&scheda=pagamento");
    }

    public Map<Long, String> getIdentifiers() {
        return identifiers;
    }

    public Map<Long, LocalDate> getDays() {
        return days;
    }

    public Map<Long, LocalTime> getTimes() {
        return times;
    }
}
