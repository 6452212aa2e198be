package it.sportello.payment.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.identity.entity.Address;
import it.sportello.identity.entity.Citizen;
import it.sportello.payment.entity.ChargeMoment;
import it.sportello.payment.entity.NoticeNumber;
import it.sportello.payment.entity.Payment;
import it.sportello.platform.logging.Logs;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.entity.Practice;

/**
 * Creates the debt positions of practices: the position is stored <em>in creazione</em> with its
 * IUD, gets its codice avviso (the IUV base is the position's own id, unique by construction), and
 * is registered with the configured intermediary. A refusal leaves the position in <em>errore</em>
 * and the practice's iter says so; it does not roll the caller back.
 */
@Dependent
public class DebtPositions {

    private static final Logger LOG = Logs.of(DebtPositions.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<Intermediary> intermediaries;

    @Inject
    @ConfigProperty(name = "sportello.payment.intermediary")
    String intermediaryName;

    @Inject
    @ConfigProperty(name = "sportello.payment.segregation-code")
    String segregationCode;

    @Inject
    @ConfigProperty(name = "sportello.payment.due-days")
    int dueDays;

    /** The configured intermediary. */
    public Intermediary intermediary() {
        return intermediaries.stream()
                .filter(i -> i.name().equals(intermediaryName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No pagoPA intermediary named " + intermediaryName));
    }

    /** A new position for the practice's applicant; see the class comment for a refusal. */
    public Payment create(Practice practice, ChargeMoment moment, BigDecimal amount, String reason) {
        Citizen applicant = practice.getApplicant();
        Payment payment = new Payment(
                practice,
                moment,
                amount,
                reason,
                new Payment.Payer(
                        applicant.fullName(),
                        applicant.getFiscalCode().toString(),
                        address(applicant.getResidence()),
                        practice.getApplication().getApplicantEmail()),
                LocalDate.now(clock.withZone(Clocks.ITALY)).plusDays(dueDays),
                clock.instant());
        em.persist(payment);
        if (payment.getId() == null) {
            em.flush();
        }
        payment.number(NoticeNumber.issue(segregationCode, payment.getId()));
        try {
            intermediary().register(payment);
            payment.issued(clock.instant());
        } catch (Intermediary.IntermediaryException e) {
            LOG.warning(() -> "The intermediary refused the debt position " + payment.getIud() + ": " + e.getMessage());
            payment.creationFailed(clock.instant());
            practice.dues().paymentCreationFailed(clock.instant());
        }
        return payment;
    }

    /** The positions of a practice, oldest first. */
    public List<Payment> of(Practice practice) {
        return em.createNamedQuery(Payment.OF_PRACTICE, Payment.class)
                .setParameter("practice", practice)
                .getResultList();
    }

    private static String address(Address residence) {
        if (residence == null || residence.isEmpty()) {
            return null;
        }
        String street = String.join(
                        " ",
                        List.of(
                                Objects.toString(residence.getStreet(), ""),
                                Objects.toString(residence.getNumber(), "")))
                .strip();
        String city = String.join(
                        " ",
                        List.of(
                                Objects.toString(residence.getPostcode(), ""),
                                Objects.toString(residence.getCity(), ""),
                                residence.getProvince() == null ? "" : "(" + residence.getProvince() + ")"))
                .strip();
        String joined = street.isEmpty() ? city : street + ", " + city;
        return joined.length() > Payment.ADDRESS_LENGTH ? joined.substring(0, Payment.ADDRESS_LENGTH) : joined;
    }
}
