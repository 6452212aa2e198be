package it.sportello.practice.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.identity.entity.StaffAccount;
import it.sportello.mail.boundary.Mailer;
import it.sportello.municipality.Municipality;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.practice.control.DeskTexts;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.Decision;
import it.sportello.practice.entity.DeskAction;
import it.sportello.practice.entity.Message;
import it.sportello.practice.entity.Practice;

/**
 * The e-mails of the desk's actions: to the citizen (the practice's e-mail) when the action
 * concerns them, and to every operator enabled for the service but the one who acted; operators
 * cannot turn these off. The mails are queued in the outbox within the action's transaction and
 * leave once it has committed; a mail server that is down delays them and leaves the action done.
 * Open to every caller: the actions are an operator's, but also the background jobs' (the outcome
 * released once its letter is registered in the protocol), which run with no logged-in caller.
 */
@Stateless
@PermitAll
public class DeskMails {

    static final String BUNDLE = "it.sportello.practice.boundary.desk-mails";

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Municipality municipality;

    @Inject
    PublicLinks links;

    /** Queues the mails of one desk action, within the action's transaction. */
    public void notify(PracticeDeskEvent event) {
        Practice practice = em.createNamedQuery(Practice.BY_REFERENCE, Practice.class)
                .setParameter("reference", event.reference())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (practice == null) {
            return;
        }
        Locale locale = Locale.ITALIAN;
        Texts texts = Texts.of(BUNDLE, locale);
        String service = practice.getService().getTitle().in(locale);
        String status = DeskTexts.status(practice.getStatus(), locale);
        if (event.kind().concernsCitizen() && practice.getApplication().getApplicantEmail() != null) {
            Object[] values = {
                practice.getApplicant().fullName(),
                municipality.getName(),
                service,
                practice.getReference(),
                status,
                links.link(PublicPage.PRACTICE, practice.getReference()),
                officeMessage(practice)
            };
            String subject = texts.get("citizen.subject", values);
            String body = texts.get("citizen." + event.kind().name(), values);
            Attachment letter = event.kind() == DeskAction.Kind.OUTCOME
                            && practice.getStatus().isFinal()
                    ? practice.getDecision().map(Decision::getLetter).orElse(null)
                    : null;
            send(practice.getApplication().getApplicantEmail(), subject, body, letter);
        }
        List<StaffAccount> colleagues = em.createQuery(
                        "SELECT a FROM StaffAccount a JOIN a.services s WHERE s = :service AND a.username <> :actor ORDER BY a.username",
                        StaffAccount.class)
                .setParameter("service", practice.getService())
                .setParameter("actor", event.operator())
                .getResultList();
        // who acted, by name: the mail is read by people, the username is the desk's
        String actor = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", event.operator())
                .getResultStream()
                .findFirst()
                .map(StaffAccount::getDisplayName)
                .orElse(event.operator());
        for (StaffAccount colleague : colleagues) {
            Object[] values = {
                colleague.getDisplayName(),
                municipality.getName(),
                service,
                practice.getReference(),
                status,
                practice.getApplicant().fullName(),
                actor,
                texts.get("action." + event.kind().name())
            };
            send(colleague.getEmail(), texts.get("operator.subject", values), texts.get("operator.body", values), null);
        }
    }

    /**
     * The office's latest message as plain text, for the mails that announce it: the mail is
     * plain text, so the rich text arrives without markup (lists as "- " lines, links with their address).
     */
    private static String officeMessage(Practice practice) {
        return practice.getMessages().stream()
                .filter(message -> !message.isFromCitizen())
                .reduce((older, newer) -> newer)
                .map(Message::getText)
                .orElse("");
    }

    private void send(String to, String subject, String body, Attachment file) {
        if (file == null) {
            mailer.send(to, subject, body);
        } else {
            mailer.send(to, subject, body, file.getFileName(), file.getType().mediaType(), file.bytes());
        }
    }
}
