package it.sportello.practice.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.sportello.platform.i18n.Texts;
import it.sportello.practice.entity.Actor;
import it.sportello.practice.entity.DeskAction;
import it.sportello.practice.entity.IterStep;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;

/**
 * The iter of a practice as the operators read it, in their language: one line per event
 * ({@link Practice#iter()}), saying what happened with the names of the people and offices
 * involved, never their codes. What the desk stored as data (a username, an office code, a
 * priority, an outcome, an appointment's time) is put into words here, from the desk's bundle.
 */
public final class IterLines {

    /** One line: when, what happened, who did it. */
    public record Line(Instant at, String what, String who) {}

    /**
     * The names of whoever the iter mentions: people by username or codice fiscale (operators by
     * their full name, citizens by theirs), offices by code, in the reader's language. A code
     * missing here (an account since deleted) is shown as stored.
     */
    public record Names(Map<String, String> people, Map<String, String> offices) {

        public Names {
            people = Map.copyOf(people);
            offices = Map.copyOf(offices);
        }

        String person(String key) {
            return key == null ? "" : people.getOrDefault(key, key);
        }

        String office(String code) {
            return code == null ? "" : offices.getOrDefault(code, code);
        }
    }

    /** Marks "no office" or "no operator" in an assignment's detail ("ufficio-tecnico / -"). */
    private static final String NOBODY = "-";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;
    private final Names names;

    private IterLines(Texts texts, Names names) {
        this.texts = texts;
        this.names = names;
    }

    /** The practice's iter, oldest first, in the reader's language. */
    public static List<Line> of(Practice practice, Names names, Locale locale) {
        IterLines lines = new IterLines(DeskTexts.of(locale), names);
        return practice.iter().stream().map(lines::line).toList();
    }

    private Line line(IterStep step) {
        return new Line(step.at(), what(step), who(step.actorKind(), step.actor()));
    }

    private String what(IterStep step) {
        if (step.action() == null) {
            return status(step.status());
        }
        String done = texts.get("DeskAction.Kind." + step.action().name(), detail(step.action(), step.detail()));
        if (step.status() == null || says(step.action(), step.status())) {
            return done;
        }
        return texts.get("iter.with_status", done, status(step.status()));
    }

    /** Whether the action's own words already name the status it led to ("Presa in carico", "Esito: Accettata"). */
    private static boolean says(DeskAction.Kind action, PracticeStatus status) {
        return switch (action) {
            case TAKE_CHARGE -> status == PracticeStatus.IN_PROGRESS;
            case PAYMENT_REGISTERED -> status == PracticeStatus.PAYMENT_DONE;
            case OUTCOME, OUTCOME_RELEASED ->
                status == PracticeStatus.ACCEPTED
                        || status == PracticeStatus.PARTIALLY_ACCEPTED
                        || status == PracticeStatus.REJECTED;
            default -> false;
        };
    }

    /** The detail as the reader reads it: names for codes, labels for enum values, a day for a time. */
    private String detail(DeskAction.Kind action, String detail) {
        if (detail == null) {
            return "";
        }
        return switch (action) {
            case TAKE_OVER, ON_BEHALF -> names.person(detail);
            case ROUTE -> names.office(detail);
            case ASSIGN -> assigned(detail);
            case PRIORITY -> label("Priority.", detail);
            case OUTCOME, OUTCOME_RELEASED -> label("Outcome.", detail);
            case APPOINTMENT -> appointment(detail);
            default -> detail;
        };
    }

    /** "Ufficio tecnico / operatore" stored as "ufficio-tecnico / operatore": the office, the operator, or both. */
    private String assigned(String detail) {
        int slash = detail.indexOf(" / ");
        if (slash < 0) {
            return detail;
        }
        String office = detail.substring(0, slash).strip();
        String operator = detail.substring(slash + 3).strip();
        if (NOBODY.equals(office)) {
            return names.person(operator);
        }
        if (NOBODY.equals(operator)) {
            return names.office(office);
        }
        return texts.get("iter.assigned.both", names.person(operator), names.office(office));
    }

    /** "lunedì 30/11/2026, 09:00 - 09:40" from "2026-11-30T09:00/09:40"; a detail written otherwise stays as it is. */
    private String appointment(String detail) {
        int slash = detail.indexOf('/');
        try {
            LocalDateTime start = LocalDateTime.parse(slash < 0 ? detail : detail.substring(0, slash));
            LocalTime end = slash < 0 ? null : LocalTime.parse(detail.substring(slash + 1));
            String day = DateTimeFormatter.ofPattern("EEEE", texts.locale()).format(start);
            return end == null
                    ? texts.get("iter.appointment.start", day, DAY.format(start), TIME.format(start))
                    : texts.get("iter.appointment.when", day, DAY.format(start), TIME.format(start), TIME.format(end));
        } catch (DateTimeParseException e) {
            return detail;
        }
    }

    private String label(String prefix, String value) {
        return texts.has(prefix + value) ? texts.get(prefix + value) : value;
    }

    private String status(PracticeStatus status) {
        return texts.get("PracticeStatus." + status.name());
    }

    /** The citizen or operator by name; the desk itself and pagoPA by what they are called. */
    private String who(Actor kind, String actor) {
        if (kind == Actor.SYSTEM && texts.has("iter.actor." + actor)) {
            return texts.get("iter.actor." + actor);
        }
        return names.person(actor);
    }
}
