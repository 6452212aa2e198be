package it.sportello.web.backoffice.calendars;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.control.Slot;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.AppointmentStatus;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Calendar;
import it.sportello.platform.BusinessException;
import it.sportello.platform.text.HttpUrl;
import it.sportello.web.booking.PersonForm;
import it.sportello.web.i18n.BundleMessages;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /backoffice/calendari/calendario.xhtml?calendario=<code>}: the operators'
 * schedule of one calendar (month, week, day, list), appointments coloured by status and free
 * slots shown as such; drag and drop moves an appointment (checked by the slot rules), a click on
 * a free slot enters an appointment, a click on an appointment opens it for the office's actions;
 * below, the appointments of the period with their export.
 */
@Named
@ViewScoped
public class SchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Calendars calendars;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    private String code;
    private String title;
    private ScheduleModel schedule;
    private LocalDate from;
    private LocalDate to;
    private transient List<Appointment> appointments;

    private String selected;
    private LocalDateTime newStart;
    private PersonForm person = new PersonForm();

    @Size(max = Appointment.REASON_LENGTH, message = "{text.too_long}")
    private String reason;

    private String message;

    @Size(max = Appointment.VIDEO_LINK_LENGTH, message = "{text.too_long}")
    @HttpUrl
    private String videoLink;

    private String mailLanguage = "it";

    /**
     * The municipality's time zone, in which the schedule shows its days and times whatever the
     * operator's computer is set to: "today" is the office's today.
     */
    public String getTimeZone() {
        return clock.getZone().getId();
    }

    public void load() {
        Calendar calendar;
        try {
            calendar = code == null ? null : calendars.calendar(code);
        } catch (BookingRefusedException e) {
            calendar = null;
        }
        if (calendar == null) {
            Faces.responseSendError(404, "");
            return;
        }
        title = calendar.getTitle().in(locale.getLocale());
        from = LocalDate.now(clock).minusDays(7);
        to = LocalDate.now(clock).plusDays(30);
        schedule = new Events();
    }

    /**
     * What the schedule shows between two moments: the appointments and the free slots. Events may
     * overlap, so that an appointment can be dropped on a free slot; whether it fits is the slot
     * rules' decision, not the schedule's.
     */
    private final class Events extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            Locale language = locale.getLocale();
            for (Appointment a : calendars.appointments(code, start.toLocalDate(), end.toLocalDate())) {
                addEvent(DefaultScheduleEvent.<String>builder()
                        .id(a.getReference())
                        .data(a.getReference())
                        .title(a.getPerson().fullName() + " - "
                                + BundleMessages.text(language, "AppointmentStatus." + a.getStatus()))
                        .startDate(a.getStartsAt())
                        .endDate(a.getEndsAt())
                        .styleClass(
                                "booking-event booking-" + a.getStatus().name().toLowerCase(Locale.ROOT))
                        .editable(a.getStatus() == AppointmentStatus.CONFIRMED
                                || a.getStatus() == AppointmentStatus.PENDING)
                        .resizable(false)
                        .overlapAllowed(true)
                        .build());
            }
            for (Slot slot :
                    calendars.slots(code, start.toLocalDate(), end.toLocalDate().minusDays(1))) {
                if (slot.state().isBookable()) {
                    addEvent(DefaultScheduleEvent.<String>builder()
                            .title(BundleMessages.text(language, "schedule.free"))
                            .startDate(slot.start())
                            .endDate(slot.end())
                            .styleClass("booking-event booking-free")
                            .data("free:" + slot.start())
                            .editable(false)
                            .overlapAllowed(true)
                            .build());
                }
            }
        }
    }

    /** A click on an appointment opens it; on a free slot, the form to enter one. */
    public void onEventSelect(SelectEvent<ScheduleEvent<String>> event) {
        String data = event.getObject().getData();
        clearForm();
        if (data.startsWith("free:")) {
            selected = null;
            newStart = LocalDateTime.parse(data.substring("free:".length()));
        } else {
            selected = data;
            newStart = null;
            Appointment appointment = getAppointment();
            videoLink = appointment.getVideoLink();
            mailLanguage = appointment.getLanguage();
        }
    }

    /** A click on an empty time of the week or day view: the form to enter an appointment there. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        clearForm();
        selected = null;
        newStart = event.getObject();
    }

    /** Drag and drop: the appointment moves by the same rules as a booking, the person is told. */
    public void onEventMove(ScheduleEntryMoveEvent event) {
        String reference = (String) event.getScheduleEvent().getData();
        Appointment appointment = calendars.appointment(reference);
        try {
            calendars.move(reference, appointment.getStartsAt().plus(event.getDeltaAsDuration()), null);
            Messages.addGlobalInfo("schedule.moved");
        } catch (BusinessException e) {
            Messages.addGlobalError(e.messageKey(), e.parameters());
        }
        appointments = null;
    }

    public Appointment getAppointment() {
        return selected == null ? null : calendars.appointment(selected);
    }

    public void enter() {
        calendars.enter(code, newStart, person.toPerson(false), reason);
        Messages.addGlobalInfo("schedule.entered");
        newStart = null;
        appointments = null;
    }

    public void markDone() {
        calendars.markDone(selected);
        done("schedule.done");
    }

    public void markNoShow() {
        calendars.markNoShow(selected);
        done("schedule.noShow");
    }

    public void cancel() {
        calendars.cancel(selected, message);
        done("schedule.cancelled");
    }

    public void approve() {
        calendars.approve(selected);
        done("schedule.approved");
    }

    public void refuse() {
        calendars.refuse(selected, message);
        done("schedule.refused");
    }

    public void saveVideoLink() {
        calendars.videoLink(selected, videoLink, mailLanguage);
        done("schedule.videoSaved");
    }

    private void done(String key) {
        Messages.addGlobalInfo(key);
        selected = null;
        appointments = null;
    }

    private void clearForm() {
        person = new PersonForm();
        reason = null;
        message = null;
        videoLink = null;
    }

    /** The appointments of the period around today, for the table and its export. */
    public List<Appointment> getAppointments() {
        if (appointments == null) {
            appointments = calendars.appointments(code, from, to);
        }
        return appointments;
    }

    public String when(Appointment appointment) {
        return new it.sportello.booking.control.AppointmentTexts(locale.getLocale()).when(appointment);
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    public String getTitle() {
        return title;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSelected() {
        return selected;
    }

    public LocalDateTime getNewStart() {
        return newStart;
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

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public String getMailLanguage() {
        return mailLanguage;
    }

    public void setMailLanguage(String mailLanguage) {
        this.mailLanguage = mailLanguage;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
