package it.sportello.web.booking;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.control.AppointmentTexts;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Person;
import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Service;
import it.sportello.identity.entity.Citizen;
import it.sportello.web.citizen.CurrentCitizen;
import it.sportello.web.citizen.practice.PracticeAppointmentsPage;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /prenotazioni/dati.xhtml?prenotazione=<reference>}: the held slots with
 * the countdown of the hold, the person's data (the logged-in citizen's, another person's when
 * booking for somebody else, or typed by whoever books without login), the reason and a note.
 */
@Named
@ViewScoped
public class DetailsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CONFIRMATION_PAGE = "/prenotazioni/conferma.xhtml";

    @EJB
    Catalog catalog;

    @EJB
    Bookings bookings;

    @Inject
    CurrentCitizen citizen;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    private String reference;
    private transient Appointment draft;
    private boolean expired;

    private boolean forAnother;
    private final PersonForm person = new PersonForm();
    private String reason;
    private String note;
    private String serviceCode;

    public void load() {
        try {
            draft = bookings.draft(reference);
        } catch (BookingRefusedException e) {
            // expired: a draft of this reader's whose hold is over; any other refusal, none of theirs
            expired = BookingRefusedException.HOLD_EXPIRED.equals(e.messageKey());
            if (!expired) {
                Faces.responseSendError(404, "");
            }
            return;
        }
        if (reason == null && serviceCode != null && !serviceCode.isBlank()) {
            // booked from a service's card on the general desk's calendar: the office reads why
            reason = catalog.service(serviceCode)
                    .filter(Service::isListed)
                    .map(service -> service.getTitle().in(locale.getLocale()))
                    .orElse(null);
        }
        if (citizen.isLoggedIn() && person.getEmail() == null && citizen.get().getContacts() != null) {
            var contacts = citizen.get().getContacts();
            person.setEmail(contacts.getEmail());
            person.setPhone(contacts.getMobile() != null ? contacts.getMobile() : contacts.getPhone());
        }
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public Appointment getDraft() {
        if (draft == null && !expired && reference != null) {
            draft = bookings.find(reference).orElse(null);
        }
        return draft;
    }

    /** Seconds left of the hold, for the countdown. */
    public long getSecondsLeft() {
        Appointment held = getDraft();
        return held == null || held.getHoldUntil() == null
                ? 0
                : Math.max(
                        0,
                        Duration.between(clock.instant(), held.getHoldUntil()).getSeconds());
    }

    public String getTimeLeft() {
        long seconds = getSecondsLeft();
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    /** Booking for somebody else starts from empty fields: their contacts are not the citizen's. */
    public void switchPerson() {
        person.setEmail(null);
        person.setPhone(null);
        if (!forAnother) {
            load();
        }
    }

    /** Confirms the booking for the person and goes to the confirmation. */
    public String confirm() {
        Appointment booked = bookings.complete(
                reference, whom(), reason, note, locale.getLocale().getLanguage());
        if (booked.getPractice() != null) {
            // booked from the practice's Appuntamenti tab: back there, where the appointment now shows
            Messages.addFlashGlobalInfo(
                    "practice_appointments.booked", new AppointmentTexts(locale.getLocale()).when(booked));
            return PracticeAppointmentsPage.tabOf(booked.getPractice().getReference()) + "&faces-redirect=true";
        }
        return CONFIRMATION_PAGE + "?faces-redirect=true&prenotazione=" + booked.getReference()
                + (booked.getBookedBy() == null ? "&codice=" + booked.getCancelToken() : "");
    }

    private Person whom() {
        if (citizen.isLoggedIn() && !forAnother) {
            Citizen me = citizen.get();
            return new Person(
                    me.getFiscalCode().value(),
                    me.getGivenName(),
                    me.getFamilyName(),
                    me.getBirthDate(),
                    person.getEmail(),
                    person.getPhone());
        }
        return person.toPerson(forAnother);
    }

    /** Gives the held slots back and returns to the week. */
    public String giveUp() {
        Appointment held = getDraft();
        bookings.release(reference);
        return held == null
                ? "/prenotazioni/index.xhtml?faces-redirect=true"
                : "/prenotazioni/settimana.xhtml?faces-redirect=true&calendario="
                        + held.getCalendar().getCode()
                        + "&settimana=" + held.getStartsAt().toLocalDate()
                        + (held.getPractice() == null
                                ? ""
                                : "&pratica=" + held.getPractice().getReference());
    }

    public boolean isExpired() {
        return expired;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public boolean isForAnother() {
        return forAnother;
    }

    public void setForAnother(boolean forAnother) {
        this.forAnother = forAnother;
    }

    public PersonForm getPerson() {
        return person;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
