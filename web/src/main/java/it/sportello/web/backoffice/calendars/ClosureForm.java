package it.sportello.web.backoffice.calendars;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.omnifaces.util.Messages;

import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.entity.Closure;

/**
 * The closure periods of a calendar's page and of the whole municipality's (a null calendar
 * code): the list, read once per change, and the form of a new period.
 */
public class ClosureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private String reason;
    private transient List<Closure> closures;

    public List<Closure> closures(Calendars calendars, String code) {
        if (closures == null) {
            closures = calendars.closures(code);
        }
        return closures;
    }

    /** Adds the period typed in the form; the form is then empty again. */
    public void add(Calendars calendars, String code) {
        calendars.close(code, from, to, reason);
        Messages.addGlobalInfo("calendar_edit.closures.added");
        from = null;
        to = null;
        reason = null;
        closures = null;
    }

    public void remove(Calendars calendars, Closure closure) {
        calendars.removeClosure(closure.getId());
        Messages.addGlobalInfo("calendar_edit.closures.removed");
        closures = null;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
