package it.sportello.protocol.boundary;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.mail.boundary.Mailer;
import it.sportello.municipality.Municipality;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.entity.Practice;
import it.sportello.protocol.entity.ProtocolRegistration;
import it.sportello.protocol.entity.RegistrationKind;

/** Tells the citizen the protocol number of a sent practice, queued in the registering transaction. */
@ApplicationScoped
public class ProtocolMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Municipality municipality;

    @Inject
    PublicLinks links;

    void mail(@Observes PracticeRegistered registered) {
        ProtocolRegistration registration = em.find(ProtocolRegistration.class, registered.registrationId());
        Practice practice = registration.getPractice();
        if (registration.getKind() != RegistrationKind.SENDING
                || practice.getApplication().getApplicantEmail() == null) {
            return;
        }
        Locale locale = Locale.ITALIAN;
        Texts texts = Texts.of(ProtocolRequests.BUNDLE, locale);
        Object[] values = {
            practice.getApplicant().fullName(),
            municipality.getName(),
            practice.getService().getTitle().in(locale),
            practice.getReference(),
            registration.getProtocolNumber(),
            DAY.format(registration.getRegisteredAt().atZone(Clocks.ITALY)),
            links.link(PublicPage.PRACTICE, practice.getReference())
        };
        mailer.send(
                practice.getApplication().getApplicantEmail(),
                texts.get("mail.subject", values),
                texts.get("mail.body", values));
    }
}
