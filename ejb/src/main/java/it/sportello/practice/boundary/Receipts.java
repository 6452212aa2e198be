package it.sportello.practice.boundary;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import it.sportello.mail.boundary.Mailer;
import it.sportello.municipality.Municipality;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.control.FilledForm;
import it.sportello.practice.entity.Practice;

/**
 * The receipt of a sent practice: an e-mail to the applicant ("ricevuta di presentazione, NON è
 * l'esito della domanda") with the filled form attached as PDF. Open to every caller: a practice
 * is sent by its citizen, by the desk for a citizen, or once paid by the payment intermediary's
 * notification, which comes with no logged-in caller; and the filled form is read by whoever already
 * holds the practice.
 */
@Stateless
@PermitAll
public class Receipts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Municipality municipality;

    @Inject
    PublicLinks links;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * The filled form of a sent practice, as PDF. Rendered once in a transaction: the sending's
     * receipt and its protocol registration carry the same document, rendered once.
     */
    public byte[] filledForm(Practice practice, Locale locale) {
        List<Object> key = List.of(FilledForm.class, practice.getReference(), locale);
        byte[] rendered = (byte[]) transaction.getResource(key);
        if (rendered == null) {
            rendered = FilledForm.render(practice, municipality.getName(), locale);
            transaction.putResource(key, rendered);
        }
        return rendered;
    }

    /**
     * Queues the receipt in the mail outbox within the sending's transaction: the receipt leaves
     * once the sending has committed, and a mail server that is slow or down neither delays nor
     * undoes the sending.
     */
    public void mail(String reference) {
        Practice practice = em.createNamedQuery(Practice.BY_REFERENCE, Practice.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (practice == null || !practice.isSent() || practice.getApplication().getApplicantEmail() == null) {
            return;
        }
        Locale locale = Locale.ITALIAN;
        Texts texts = Texts.of("it.sportello.practice.boundary.mails", locale);
        Object[] values = {
            practice.getApplicant().fullName(),
            municipality.getName(),
            practice.getService().getTitle().in(locale),
            practice.getReference(),
            MOMENT.format(practice.getSentAt().atZone(Clocks.ITALY)),
            practice.answerDueBy(Clocks.ITALY).map(DAY::format).orElse("-"),
            links.link(PublicPage.PRACTICE, practice.getReference())
        };
        mailer.send(
                practice.getApplication().getApplicantEmail(),
                texts.get("receipt.subject", values),
                texts.get("receipt.body", values),
                "modulo-" + practice.getReference() + ".pdf",
                "application/pdf",
                filledForm(practice, locale));
    }
}
