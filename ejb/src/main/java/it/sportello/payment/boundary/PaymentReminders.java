package it.sportello.payment.boundary;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.jobs.boundary.ReminderSource;
import it.sportello.mail.boundary.Mailer;
import it.sportello.municipality.Municipality;
import it.sportello.payment.control.PaymentNotice;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentState;
import it.sportello.platform.database.IdSlice;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;

/**
 * Reminds the payer of a pagoPA position still to pay that falls due within
 * {@code sportello.reminders.payment-days-before} days, with the notice attached to pay it at a
 * counter; once per position. Called by the background jobs, which run with no logged-in caller.
 */
@Stateless
@PermitAll
public class PaymentReminders implements ReminderSource {

    public static final String NAME = "payments";
    /** Where the citizen pays online. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Municipality municipality;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sportello.reminders.payment-days-before")
    int daysBefore;

    @Inject
    PublicLinks links;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Long> due(long after, int max, IdSlice slice) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery(
                        "SELECT p.id FROM Payment p WHERE p.state = :toPay AND p.remindedAt IS NULL"
                                + " AND p.dueDate >= :today AND p.dueDate <= :last AND p.id > :after AND MOD(p.id, :parts) = :part ORDER BY p.id",
                        Long.class)
                .setParameter("toPay", PaymentState.TO_PAY)
                .setParameter("today", today)
                .setParameter("last", today.plusDays(daysBefore))
                .setParameter("after", after)
                .setParameter("parts", slice.count())
                .setParameter("part", slice.index())
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remind(long id) {
        Payment payment = em.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null || !payment.wantsReminder(LocalDate.now(clock), daysBefore)) {
            return;
        }
        payment.reminded(clock.instant());
        if (payment.getPayerEmail() == null) {
            return;
        }
        Locale locale = Locale.ITALIAN;
        Texts texts = Texts.of("it.sportello.payment.boundary.mails", locale);
        Object[] values = {
            payment.getPayerName(),
            municipality.getName(),
            payment.getReason(),
            NumberFormat.getCurrencyInstance(Locale.ITALY).format(payment.getAmount()),
            DAY.format(payment.getDueDate()),
            payment.getNoticeNumber().orElseThrow().grouped(),
            links.link(PublicPage.MY_PAYMENTS)
        };
        byte[] notice = PaymentNotice.notice(
                PaymentNotice.Content.of(payment, municipality.getName(), municipality.getTaxCode()), locale);
        mailer.send(
                payment.getPayerEmail(),
                texts.get("reminder.subject", values),
                texts.get("reminder.body", values),
                "avviso-" + payment.getNoticeNumber().orElseThrow().value() + ".pdf",
                "application/pdf",
                notice);
    }
}
