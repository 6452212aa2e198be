package it.sportello.web.backoffice.calendars;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.Closure;
import it.sportello.identity.entity.Roles;

/**
 * Backing bean of {@code /backoffice/calendari/index.xhtml}: the calendars the operator works,
 * with moderation and notifications, and the search of appointments across them by name or
 * codice fiscale from a day on; administrators also create calendars and set the closures of
 * the whole municipality.
 */
@Named
@ViewScoped
public class CalendarsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Calendars calendars;

    @Inject
    Clock clock;

    private transient List<Calendar> worked;
    private String text;
    private LocalDate from;
    private transient List<Appointment> found;
    private ClosureForm closureForm = new ClosureForm();

    public List<Calendar> getCalendars() {
        if (worked == null) {
            worked = calendars.worked();
        }
        return worked;
    }

    public void toggleNotifications(Calendar calendar) {
        calendars.settings(calendar.getCode(), !calendar.isNotifications(), calendar.isModerated());
        worked = null;
        Messages.addGlobalInfo("calendars.saved");
    }

    public void toggleModeration(Calendar calendar) {
        calendars.settings(calendar.getCode(), calendar.isNotifications(), !calendar.isModerated());
        worked = null;
        Messages.addGlobalInfo("calendars.saved");
    }

    public void search() {
        found = calendars.search(text, from == null ? LocalDate.now(clock) : from);
    }

    public boolean isAdmin() {
        return Faces.isUserInRole(Roles.ADMIN);
    }

    /** The closures of the whole municipality (holidays), which administrators set. */
    public List<Closure> getClosures() {
        return closureForm.closures(calendars, null);
    }

    public void close() {
        closureForm.add(calendars, null);
    }

    public void removeClosure(Closure closure) {
        closureForm.remove(calendars, closure);
    }

    public ClosureForm getClosureForm() {
        return closureForm;
    }

    public List<Appointment> getFound() {
        return found;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}
