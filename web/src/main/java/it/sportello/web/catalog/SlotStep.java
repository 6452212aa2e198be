package it.sportello.web.catalog;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.omnifaces.util.Faces;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.control.SlotRules;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.TimeSpan;
import it.sportello.platform.BusinessException;
import it.sportello.web.booking.WeekGrid;
import it.sportello.web.form.FormState;
import it.sportello.web.i18n.BundleMessages;

/**
 * The calendar slot fields of the wizard (the room booking): each shows a week of its calendar,
 * the slots it holds ticked, with the weeks before and after; "Avanti" holds the ticked slots for
 * the draft, in place of those held before, or says next to the field why it cannot.
 */
@Dependent
public class SlotStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Bookings bookings;

    @Inject
    Clock clock;

    /** The week each field shows, by field id; this week, or the held slots' week, at first. */
    private final HashMap<String, LocalDate> weeks = new HashMap<>();

    /** The week of a field, its slots read once per request. */
    public WeekGrid grid(String reference, Field field, FormState state) {
        LocalDate today = LocalDate.now(clock);
        Optional<TimeSpan> held = held(state, field.id());
        LocalDate week = weeks.computeIfAbsent(
                field.id(), id -> held.map(span -> span.start().toLocalDate()).orElse(today));
        LocalDate monday = SlotRules.weekOf(week);
        // read once per request and week: a change of week or of the held slots reads again
        return Faces.getRequestAttribute(
                "sportello.slot-grid." + field.id() + "." + monday + "."
                        + held.map(TimeSpan::toString).orElse(""),
                () -> new WeekGrid(
                        monday,
                        bookings.weekForDraft(reference, field.id(), monday),
                        bookings.holidaysOfWeek(field.calendar(), monday),
                        held.orElse(null),
                        today));
    }

    /** Another week of a field, never one before this week. */
    public void move(String fieldId, int byWeeks) {
        LocalDate thisWeek = SlotRules.weekOf(LocalDate.now(clock));
        LocalDate moved =
                SlotRules.weekOf(weeks.getOrDefault(fieldId, thisWeek)).plusWeeks(byWeeks);
        weeks.put(fieldId, moved.isBefore(thisWeek) ? thisWeek : moved);
    }

    /**
     * Holds what is ticked in each calendar slot field of the section on screen: the field then
     * holds the span the slots cover; a refusal is said next to it. A field with nothing ticked
     * keeps what it held (and the rules say when it must hold something).
     */
    public void hold(String reference, FormState state) {
        for (Field field : state.fields(state.getCurrent())) {
            if (field.kind() != FieldKind.CALENDAR_SLOT) {
                continue;
            }
            Set<LocalDateTime> starts = ticked(field.id());
            if (starts.isEmpty()) {
                continue;
            }
            try {
                TimeSpan span = bookings.holdForDraft(reference, field.id(), starts);
                state.getInput().put(field.id(), span.toString());
                weeks.put(field.id(), span.start().toLocalDate());
            } catch (BusinessException e) {
                state.refuseSlots(field.id(), BundleMessages.format(e.messageKey(), e.parameters()));
            }
        }
    }

    /** The calendar slot field that a refusal on sending is about: the one on that calendar. */
    public Optional<Field> fieldOfCalendar(FormState state, String calendar) {
        return state.getDefinition().fields().stream()
                .filter(field -> field.kind() == FieldKind.CALENDAR_SLOT && calendar.equals(field.calendar()))
                .findFirst();
    }

    private static Optional<TimeSpan> held(FormState state, String fieldId) {
        Object value = state.getInput().get(fieldId);
        try {
            return value instanceof String text && !text.isBlank()
                    ? Optional.of(TimeSpan.parse(text))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<LocalDateTime> ticked(String fieldId) {
        Map<String, String[]> parameters = Faces.getRequestParameterValuesMap();
        String[] values = parameters.get("slot-" + fieldId);
        Set<LocalDateTime> starts = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                try {
                    starts.add(LocalDateTime.parse(value));
                } catch (DateTimeParseException e) {
                    // not a slot of ours: left out, the calendar refuses what remains if it must
                }
            }
        }
        return starts;
    }
}
