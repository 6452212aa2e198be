package it.sportello.form.control;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The time a {@link FieldKind#CALENDAR_SLOT} field took on its calendar: from the start of the
 * first slot chosen to the end of the last, local time of the municipality. Written as an ISO
 * interval, {@code 2026-12-15T08:00/2026-12-15T12:30}.
 */
public record TimeSpan(LocalDateTime start, LocalDateTime end) {

    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A span ends after it starts: " + start + "/" + end);
        }
    }

    /** The span written as {@link #toString()} does; refused with {@link IllegalArgumentException} otherwise. */
    public static TimeSpan parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Not a span: " + text);
        }
        try {
            return new TimeSpan(
                    LocalDateTime.parse(text.substring(0, slash)), LocalDateTime.parse(text.substring(slash + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a span: " + text, e);
        }
    }

    public boolean contains(LocalDateTime moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "/" + end;
    }
}
