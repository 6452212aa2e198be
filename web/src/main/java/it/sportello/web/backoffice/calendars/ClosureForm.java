package it.sportello.web.backoffice.calendars;

import java.io.Serializable;
import java.time.LocalDate;

/** What the form of a new closure period holds, for a calendar's page and for the whole municipality's. */
public class ClosureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private String reason;

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
