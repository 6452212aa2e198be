package it.sportello.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import it.sportello.platform.i18n.LocalizedText;

class AppointmentTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 30);
    static final Instant AT = NOW.atZone(ZoneId.of("Europe/Rome")).toInstant();
    static final LocalDateTime START = LocalDateTime.of(2026, 3, 5, 10, 0);

    Calendar calendar = new Calendar("sala-civica", LocalizedText.italian("Sala civica"), null);
    OpeningHours hours = calendar.open(new OpeningHours(
            "Mattine",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            EnumSet.allOf(DayOfWeek.class),
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            1,
            60,
            0));
    Person mario = new Person("rssmra80a01h501u", " Mario ", "Rossi", null, "mario@example.org", " ");

    Appointment held() {
        return Appointment.hold(calendar, hours, START, START.plusHours(1), 1, null, AT);
    }

    @Test
    void aDraftIsHeldForTheCalendarsHoldTime() {
        calendar.policy(15, 0, false, true);
        Appointment draft = held();
        assertThat(draft.getStatus()).isEqualTo(AppointmentStatus.DRAFT);
        assertThat(draft.isHeldAt(AT.plusSeconds(15 * 60 - 1))).isTrue();
        assertThat(draft.occupiesAt(AT.plusSeconds(15 * 60))).isFalse();
        assertThat(draft.getCancelToken()).hasSize(48);
    }

    @Test
    void completingConfirmsOrWaitsForModerationAndNormalisesThePerson() {
        Appointment confirmed = held();
        confirmed.complete(mario, "CIE", " ", "en", AT);
        assertThat(confirmed.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(confirmed.getPerson())
                .isEqualTo(new Person("RSSMRA80A01H501U", "Mario", "Rossi", null, "mario@example.org", null));
        assertThat(confirmed.getNote()).isNull();
        assertThat(confirmed.getHoldUntil()).isNull();

        hours.setModerated(true);
        Appointment moderated = held();
        moderated.complete(mario, "CIE", null, "it", AT);
        assertThat(moderated.getStatus()).isEqualTo(AppointmentStatus.PENDING);
        moderated.approve(AT);
        assertThat(moderated.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThatThrownBy(() -> moderated.refuse("no", AT)).hasMessage("booking.approve.notPending");
    }

    @Test
    void anExpiredHoldOrAMissingReasonOrEmailIsRefused() {
        assertThatThrownBy(() -> held().complete(mario, "CIE", null, "it", AT.plusSeconds(3600)))
                .hasMessage("booking.hold.expired");
        assertThatThrownBy(() -> held().complete(mario, " ", null, "it", AT)).hasMessage("booking.reason.required");
        assertThatThrownBy(() ->
                        held().complete(new Person(null, "Anna", "Neri", null, null, null), "CIE", null, "it", AT))
                .hasMessage("booking.email.required");
        assertThatThrownBy(() -> new Person(null, " ", "Neri", null, null, null))
                .hasMessage("booking.person.nameRequired");
    }

    @Test
    void theCitizenCancelsUntilTheCalendarsDaysBefore() {
        calendar.policy(10, 2, false, true);
        Appointment appointment = held();
        appointment.complete(mario, "CIE", null, "it", AT);
        assertThat(appointment.isCancellableByCitizenAt(START.minusDays(2).minusMinutes(1)))
                .isTrue();
        assertThatThrownBy(() -> appointment.cancelByCitizen(START.minusDays(2), AT))
                .hasMessage("booking.cancel.tooLate");
        appointment.cancelByCitizen(NOW, AT);
        assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointment.occupiesAt(AT)).isFalse();
        assertThatThrownBy(() -> appointment.cancelByOffice("x", AT)).hasMessage("booking.closed");
    }

    @Test
    void theOfficeMarksDoneOrNoShowFromTheDayOfTheAppointment() {
        Appointment appointment = held();
        appointment.complete(mario, "CIE", null, "it", AT);
        assertThatThrownBy(() -> appointment.markNoShow(START.minusDays(1), AT)).hasMessage("booking.outcome.notYet");
        appointment.markNoShow(START.withHour(8), AT);
        assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.NO_SHOW);
        appointment.markDone(START, AT);
        assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.DONE);
        assertThatThrownBy(() -> held().markDone(START, AT)).hasMessage("booking.outcome.notConfirmed");
    }

    @Test
    void anAppointmentTakenByPhoneNeedsEmailAndReason() {
        assertThatThrownBy(() -> Appointment.enteredByOperator(
                        calendar,
                        hours,
                        START,
                        START.plusHours(1),
                        1,
                        new Person(null, "Anna", "Neri", null, null, "333"),
                        "Telefono",
                        "operatore",
                        AT))
                .hasMessage("booking.operator.required");
        Appointment byPhone = Appointment.enteredByOperator(
                calendar, hours, START, START.plusHours(1), 1, mario, "Telefono", "operatore", AT);
        assertThat(byPhone.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(byPhone.getCreatedByOperator()).isEqualTo("operatore");
    }

    @Test
    void anAppointmentIsForSomebodyWithARealCodiceFiscaleAndEmailAddressWhenGiven() {
        assertThatThrownBy(() -> Appointment.enteredByOperator(
                        calendar,
                        hours,
                        START,
                        START.plusHours(1),
                        1,
                        new Person(null, "Anna", "Neri", null, "anna.neri", null),
                        "Telefono",
                        "operatore",
                        AT))
                .hasMessage("booking.person.emailInvalid");
        assertThatThrownBy(() -> Appointment.enteredByOperator(
                        calendar,
                        hours,
                        START,
                        START.plusHours(1),
                        1,
                        new Person("RSSMRA80A01H501X", "Anna", "Neri", null, "anna@example.org", null),
                        "Telefono",
                        "operatore",
                        AT))
                .hasMessage("booking.person.fiscalCodeInvalid");
        assertThatThrownBy(() -> held().complete(
                                new Person(null, "Anna", "Neri", null, "anna@example", null), "CIE", null, "it", AT))
                .hasMessage("booking.person.emailInvalid");

        Appointment byPhone = Appointment.enteredByOperator(
                calendar,
                hours,
                START,
                START.plusHours(1),
                1,
                new Person("tinit-rssmra80a01h501u", "Mario", "Rossi", null, " mario@example.org ", null),
                "Telefono",
                "operatore",
                AT);
        assertThat(byPhone.getFiscalCode()).isEqualTo("RSSMRA80A01H501U");
        assertThat(byPhone.getEmail()).isEqualTo("mario@example.org");
    }

    @Test
    void aVideoconferenceLinkIsAnAbsoluteWebAddressOrNone() {
        Appointment appointment = held();
        appointment.setVideoLink(" https://meet.example.org/sportello-42 ");
        assertThat(appointment.getVideoLink()).isEqualTo("https://meet.example.org/sportello-42");

        assertThatThrownBy(() -> appointment.setVideoLink("not a url")).hasMessage("booking.videoLink.invalid");
        assertThatThrownBy(() -> appointment.setVideoLink("meet.example.org/sportello-42"))
                .hasMessage("booking.videoLink.invalid");
        assertThatThrownBy(() -> appointment.setVideoLink("javascript:alert(1)"))
                .hasMessage("booking.videoLink.invalid");
        assertThatThrownBy(() -> appointment.setVideoLink(
                        "https://meet.example.org/" + "x".repeat(Appointment.VIDEO_LINK_LENGTH)))
                .hasMessage("booking.videoLink.invalid");
        assertThat(appointment.getVideoLink())
                .as("a refused link leaves the one before")
                .isEqualTo("https://meet.example.org/sportello-42");

        appointment.setVideoLink(" ");
        assertThat(appointment.getVideoLink()).isNull();
    }

    @Test
    void aConfirmedAppointmentIsRemindedOnceOnTheDayBeforeAndAgainAfterAMove() {
        Appointment appointment = held();
        LocalDate dayBefore = START.toLocalDate().minusDays(1);
        assertThat(appointment.wantsReminder(dayBefore, 1)).as("a draft").isFalse();
        appointment.complete(mario, "CIE", null, "it", AT);
        assertThat(appointment.wantsReminder(dayBefore.minusDays(1), 1))
                .as("two days before")
                .isFalse();
        assertThat(appointment.wantsReminder(dayBefore.minusDays(1), 2))
                .as("two days before, when asked so")
                .isTrue();
        assertThat(appointment.wantsReminder(START.toLocalDate(), 1))
                .as("on the day")
                .isFalse();
        assertThat(appointment.wantsReminder(dayBefore, 1)).isTrue();

        appointment.reminded(AT);
        assertThat(appointment.wantsReminder(dayBefore, 1)).as("once").isFalse();
        appointment.moveTo(hours, START.plusDays(1), START.plusDays(1).plusHours(1), 1, "Spostato", AT);
        assertThat(appointment.wantsReminder(START.toLocalDate(), 1))
                .as("moved to the next day")
                .isTrue();
        appointment.cancelByOffice("Ufficio chiuso", AT);
        assertThat(appointment.wantsReminder(START.toLocalDate(), 1))
                .as("cancelled")
                .isFalse();
    }

    Appointment bookedBy(String bookedBy, Person person) {
        Appointment appointment = Appointment.hold(calendar, hours, START, START.plusHours(1), 1, bookedBy, AT);
        appointment.complete(person, "CIE", null, "it", AT);
        return appointment;
    }

    @Test
    void aBookingForAThirdPersonIsMailedToWhoBookedAndToThePersonWhenAnAddressIsGiven() {
        Person giulia = new Person("BNCGLI85M52F205H", "Giulia", "Bianchi", null, "giulia@example.org", null);
        assertThat(bookedBy("RSSMRA80A01H501U", giulia).mailAddresses("mario@example.org"))
                .containsExactly("giulia@example.org", "mario@example.org");
        Person withoutAddress = new Person("BNCGLI85M52F205H", "Giulia", "Bianchi", null, null, null);
        assertThat(bookedBy("RSSMRA80A01H501U", withoutAddress).mailAddresses("mario@example.org"))
                .containsExactly("mario@example.org");
    }

    @Test
    void aBookingForOneselfIsMailedToTheAddressGivenOnceAndToTheProfileOnlyWhenNoneWasGiven() {
        assertThat(bookedBy("RSSMRA80A01H501U", mario).mailAddresses("mario.rossi@example.org"))
                .containsExactly("mario@example.org");
        Person marioWithoutAddress = new Person("RSSMRA80A01H501U", "Mario", "Rossi", null, null, null);
        assertThat(bookedBy("RSSMRA80A01H501U", marioWithoutAddress).mailAddresses("mario.rossi@example.org"))
                .containsExactly("mario.rossi@example.org");
        Person giulia = new Person("BNCGLI85M52F205H", "Giulia", "Bianchi", null, "Mario@Example.org", null);
        assertThat(bookedBy("RSSMRA80A01H501U", giulia).mailAddresses("mario@example.org"))
                .containsExactly("Mario@Example.org");
    }

    @Test
    void aBookingWithoutLoginIsMailedToTheAddressTyped() {
        assertThat(bookedBy(null, mario).mailAddresses(null)).containsExactly("mario@example.org");
    }
}
