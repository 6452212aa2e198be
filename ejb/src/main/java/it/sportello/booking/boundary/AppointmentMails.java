package it.sportello.booking.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.booking.control.AppointmentTexts;
import it.sportello.booking.control.CalendarFile;
import it.sportello.booking.control.Receipt;
import it.sportello.booking.entity.Appointment;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.Contacts;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.mail.boundary.Mailer;
import it.sportello.municipality.Municipality;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.platform.logging.Logs;
import it.sportello.platform.time.Clocks;

/**
 * The e-mails of appointments, sent once the change has committed, on their own thread: the
 * confirmation with the receipt (PDF) and the calendar file (ICS), cancellations, approvals,
 * moves, the videoconference link and the reminder of the day before, to the addresses the
 * appointment names ({@link Appointment#mailAddresses}); the calendar's contact hears
 * of the changes when its notifications are on. A mail server that is down is logged, the
 * appointment stays as it is.
 *
 * <p>Open to every caller: the mails leave after the commit of whoever changed the appointment,
 * a visitor who did not log in included, and from the reminders job, which runs with no
 * logged-in caller.
 */
@Stateless
@PermitAll
public class AppointmentMails {

    private static final Logger LOG = Logs.of(AppointmentMails.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Municipality municipality;

    @Inject
    PublicLinks links;

    @Asynchronous
    public void mail(String reference, AppointmentEvent.Kind kind) {
        em.createNamedQuery(Appointment.BY_REFERENCE, Appointment.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .ifPresent(appointment -> send(appointment, kind));
    }

    /**
     * Queues the mail in the caller's transaction: it leaves when that commits, and not at all
     * when it rolls back (the reminders job records the reminder in the same transaction).
     */
    public void send(Appointment appointment, AppointmentEvent.Kind kind) {
        String reference = appointment.getReference();
        Locale locale = Locale.forLanguageTag(appointment.getLanguage());
        AppointmentTexts texts = new AppointmentTexts(locale);
        Texts mails = Texts.of("it.sportello.booking.boundary.mails", locale);
        Object[] values = {
            appointment.getPerson().fullName(),
            municipality.getName(),
            appointment.getCalendar().getTitle().in(locale),
            texts.when(appointment),
            appointment.getCalendar().getPlace() == null
                    ? "-"
                    : appointment.getCalendar().getPlace(),
            appointment.getReference(),
            link(appointment),
            texts.status(appointment.getStatus()),
            appointment.getOperatorMessage() == null ? "" : appointment.getOperatorMessage(),
            appointment.getVideoLink() == null ? "" : appointment.getVideoLink()
        };
        String key = "mail." + kind.name();
        String subject = mails.get(key + ".subject", values);
        String body = mails.get(key + ".body", values);
        Optional<Citizen> booker = booker(appointment);
        String bookerAddress =
                booker.map(Citizen::getContacts).map(Contacts::getEmail).orElse(null);
        for (String to : appointment.mailAddresses(bookerAddress)) {
            // whoever booked for somebody else is greeted by their own name; the receipt says for whom
            Object[] greeted = values.clone();
            if (booker.isPresent() && !to.equalsIgnoreCase(String.valueOf(appointment.getEmail()))) {
                greeted[0] = booker.get().fullName();
            }
            List<Mailer.Attachment> files = new ArrayList<>();
            if (kind != AppointmentEvent.Kind.CANCELLED_BY_CITIZEN
                    && kind != AppointmentEvent.Kind.CANCELLED_BY_OFFICE
                    && kind != AppointmentEvent.Kind.REFUSED) {
                files.add(new Mailer.Attachment(
                        "prenotazione-" + reference + ".pdf",
                        "application/pdf",
                        Receipt.of(appointment, municipality.getName(), texts)));
            }
            files.add(new Mailer.Attachment(
                    "appuntamento.ics",
                    CalendarFile.MEDIA_TYPE,
                    CalendarFile.of(appointment, municipality.getName(), texts, Clocks.ITALY)));
            mailer.send(to, mails.get(key + ".subject", greeted), mails.get(key + ".body", greeted), files);
        }
        String office = appointment.getCalendar().getContactEmail();
        if (office != null && appointment.getCalendar().isNotifications() && kind != AppointmentEvent.Kind.REMINDER) {
            mailer.send(office, mails.get("mail.office.prefix") + " " + subject, body);
        }
    }

    /** The citizen who booked while logged in, when the desk knows them. */
    private Optional<Citizen> booker(Appointment appointment) {
        if (appointment.getBookedBy() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Citizen.BY_FISCAL_CODE, Citizen.class)
                .setParameter("fiscalCode", FiscalCode.of(appointment.getBookedBy()))
                .getResultStream()
                .findFirst();
    }

    private String link(Appointment appointment) {
        return appointment.getBookedBy() != null
                ? links.link(PublicPage.MY_APPOINTMENTS)
                : links.link(
                        PublicPage.APPOINTMENT_CANCELLATION,
                        appointment.getReference() + "&codice=" + appointment.getCancelToken());
    }
}
