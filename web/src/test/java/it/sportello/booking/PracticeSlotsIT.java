package it.sportello.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.booking.boundary.AppointmentDrafts;
import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.control.Slot;
import it.sportello.booking.control.SlotState;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.AppointmentStatus;
import it.sportello.booking.entity.Calendar;
import it.sportello.form.control.TimeSpan;
import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.platform.BusinessException;
import it.sportello.platform.database.DatabaseMigration;
import it.sportello.platform.database.IdSlice;
import it.sportello.practice.boundary.DraftExpiry;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.entity.Practice;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;
import it.sportello.testing.TestClock;
import it.sportello.testing.TwoCitizens;

/**
 * The calendar slot field of a practice on the server, whatever the page sent. The primary school
 * hall, booked only through its request, has its hours held for a draft and refused to anybody
 * else meanwhile; the draft's expiry frees them; sending holds them again when the hold ran out,
 * or refuses them when somebody took them; once sent they are the practice's appointment (waiting
 * for the office, the hall's calendar being moderated), cancelled by a withdrawal or a rejection.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeSlotsIT {

    private static final FiscalCode MARIO = TwoCitizens.MARIO;
    private static final FiscalCode GIULIA = TwoCitizens.GIULIA;
    private static final String SERVICE = "prenotazione-sala-scuola-primaria";
    private static final String HALL = "sala-scuola-primaria";
    private static final String FIELD = "orari";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @EJB
    PracticeWorkflow workflow;

    @EJB
    Bookings bookings;

    @EJB
    Practices practices;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @EJB
    PracticeDesk desk;

    @EJB
    AppointmentDrafts appointmentDrafts;

    @EJB
    DraftExpiry expiry;

    @EJB
    Citizens citizens;

    @Inject
    Callers callers;

    @BeforeEach
    void citizensHaveLoggedIn() {
        TwoCitizens.signIn(citizens);
    }

    @Test
    void theHoursADraftHoldsAreTheirsUntilItExpiresThenAnotherRequestBooksThem() {
        List<LocalDateTime> two = twoFreeHoursInARow();
        callers.asCitizen(MARIO);
        // the hall is booked only through its request: neither listed nor booked directly
        assertThat(bookings.bookable()).extracting(Calendar::getCode).doesNotContain(HALL);
        assertThatThrownBy(() -> bookings.hold(HALL, Set.of(two.get(0))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("booking.calendar.practiceOnly");
        Practice marios = started();
        TimeSpan held = bookings.holdForDraft(marios.getReference(), FIELD, Set.copyOf(two));
        assertThat(held).isEqualTo(new TimeSpan(two.get(0), two.get(1).plusHours(1)));
        assertThat(state(two.get(0))).isEqualTo(SlotState.FULL);

        // meanwhile another citizen is refused them, and a choice the field does not allow
        callers.asCitizen(GIULIA);
        Practice giulias = started();
        assertThatThrownBy(() -> bookings.holdForDraft(giulias.getReference(), FIELD, Set.of(two.get(1))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("booking.slots.taken");
        assertThatThrownBy(() -> bookings.holdForDraft(marios.getReference(), FIELD, Set.of(two.get(0))))
                .as("only the citizen's own drafts")
                .isInstanceOf(BusinessException.class)
                .hasMessage("practice.appointment.not_applicant");

        // Mario's draft expires as the background job expires it: warned, then deleted a week later;
        // back at the real time its hold would still run, so the hours are free because it went
        TestClock.moveAhead(Duration.ofDays(84));
        try {
            assertThat(expiry.warn(marios.getId())).isTrue();
            TestClock.moveAhead(Duration.ofDays(92));
            assertThat(expiry.delete(marios.getId())).isTrue();
        } finally {
            TestClock.reset();
        }
        assertThat(state(two.get(0))).isEqualTo(SlotState.AVAILABLE);

        // now Giulia holds them, sends her request and has her appointment, waiting for the office
        TimeSpan hers = bookings.holdForDraft(giulias.getReference(), FIELD, Set.copyOf(two));
        workflow.fill(giulias.getReference(), filled(hers), 0);
        workflow.send(giulias.getReference());
        List<Appointment> booked = bookings.ofPractice(giulias.getReference());
        assertThat(booked).singleElement().satisfies(appointment -> {
            assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.PENDING);
            assertThat(appointment.getStartsAt()).isEqualTo(two.get(0));
            assertThat(appointment.getSlotCount()).isEqualTo(2);
            assertThat(appointment.getFiscalCode()).isEqualTo(GIULIA.value());
        });
        assertThat(state(two.get(1))).isEqualTo(SlotState.FULL);

        // withdrawn, the hall is free again
        workflow.withdraw(giulias.getReference());
        assertThat(bookings.ofPractice(giulias.getReference()))
                .extracting(Appointment::getStatus)
                .containsExactly(AppointmentStatus.CANCELLED);
        assertThat(state(two.get(0))).isEqualTo(SlotState.AVAILABLE);
    }

    @Test
    void sendingChecksTheHoursAgainAndRefusesThemWhenTheHoldRanOutAndSomebodyTookThem() {
        List<LocalDateTime> two = twoFreeHoursInARow();
        Practice marios = filledHolding(two, MARIO);

        // the ten minutes' hold has run out, and Giulia takes the same hours
        holdRanOut(marios);
        callers.asCitizen(GIULIA);
        Practice giulias = started();
        bookings.holdForDraft(giulias.getReference(), FIELD, Set.copyOf(two));
        callers.asCitizen(MARIO);
        assertThatThrownBy(() -> workflow.send(marios.getReference()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("practice.slot.taken")
                .satisfies(e -> assertThat(((BusinessException) e).parameters()).containsExactly(HALL));
        assertThat(practices.owned(marios.getReference()).isDraft())
                .as("nothing sent")
                .isTrue();
        assertThat(bookings.ofPractice(marios.getReference()))
                .as("nothing booked")
                .isEmpty();
    }

    @Test
    void sendingHoldsAgainTheHoursOfADraftWhoseHoldTheBackgroundJobClearedAway() {
        List<LocalDateTime> two = twoFreeHoursInARow();
        Practice marios = filledHolding(two, MARIO);

        // the hold has run out and the job has cleared the appointment draft away; nobody took the hours
        holdRanOut(marios);
        List<Long> expired = appointmentDrafts.expired(0, 10_000, IdSlice.ALL);
        assertThat(expired).isNotEmpty();
        expired.forEach(appointmentDrafts::remove);
        workflow.send(marios.getReference());
        assertThat(bookings.ofPractice(marios.getReference())).singleElement().satisfies(appointment -> {
            assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.PENDING);
            assertThat(appointment.getStartsAt()).isEqualTo(two.get(0));
            assertThat(appointment.getEndsAt()).isEqualTo(two.get(1).plusHours(1));
        });
    }

    @Test
    void aRejectedRequestCancelsItsAppointmentAndFreesTheHours() {
        List<LocalDateTime> two = twoFreeHoursInARow();
        Practice giulias = filledHolding(two, GIULIA);
        workflow.send(giulias.getReference());
        assertThat(state(two.get(0))).isEqualTo(SlotState.FULL);

        callers.asStaff("admin");
        desk.takeCharge(giulias.getReference());
        desk.reject(giulias.getReference(), "La sala è riservata alle attività scolastiche.", null, List.of());

        callers.asCitizen(GIULIA);
        assertThat(bookings.ofPractice(giulias.getReference()))
                .extracting(Appointment::getStatus)
                .containsExactly(AppointmentStatus.CANCELLED);
        assertThat(state(two.get(0))).isEqualTo(SlotState.AVAILABLE);
    }

    /** A citizen's draft holding these hours, the rest of the form filled in, ready to send. */
    private Practice filledHolding(List<LocalDateTime> hours, FiscalCode citizen) {
        callers.asCitizen(citizen);
        Practice practice = started();
        TimeSpan held = bookings.holdForDraft(practice.getReference(), FIELD, Set.copyOf(hours));
        workflow.fill(practice.getReference(), filled(held), 0);
        return practice;
    }

    /**
     * The hold of the hours a draft holds ran out a minute ago, as it does after the calendar's
     * hold time; written in the database, so that the practices keep their real times.
     */
    private void holdRanOut(Practice practice) {
        Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
        String drafts = "SELECT a.id FROM appointment a JOIN practice p ON p.id = a.practice_id"
                + " WHERE p.reference = ? AND a.status = 'DRAFT'";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement seats = connection.prepareStatement(
                        "UPDATE appointment_seat SET hold_until = ? WHERE appointment_id IN (" + drafts + ")");
                PreparedStatement appointments = connection.prepareStatement(
                        "UPDATE appointment SET hold_until = ? WHERE id IN (" + drafts + ")")) {
            seats.setTimestamp(1, past);
            seats.setString(2, practice.getReference());
            assertThat(seats.executeUpdate()).isEqualTo(2);
            appointments.setTimestamp(1, past);
            appointments.setString(2, practice.getReference());
            assertThat(appointments.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> filled(TimeSpan span) {
        return Map.of(
                "richiedente",
                "associazione",
                "nome_gruppo",
                "Coro di Bugliano",
                FIELD,
                span.toString(),
                "attivita",
                "Prove del coro",
                "responsabile",
                "Anna Neri");
    }

    private Practice started() {
        Practice practice = workflow.start(SERVICE, null);
        workflow.acceptPrivacy(practice.getReference());
        workflow.actForSelf(practice.getReference());
        return practice;
    }

    /** Two free hours in a row of the hall on one day: the first such day from three days on. */
    private List<LocalDateTime> twoFreeHoursInARow() {
        callers.anonymous();
        LocalDate from = LocalDate.now().plusDays(3);
        Map<LocalDate, List<Slot>> free = bookings.slots(HALL, from, from.plusDays(60)).stream()
                .filter(slot -> slot.state() == SlotState.AVAILABLE)
                .collect(Collectors.groupingBy(
                        slot -> slot.start().toLocalDate(), java.util.TreeMap::new, Collectors.toList()));
        return free.values().stream()
                .map(slots -> slots.stream()
                        .filter(first -> slots.stream()
                                .anyMatch(next -> next.start().equals(first.end())
                                        && next.hours().equals(first.hours())))
                        .findFirst()
                        .map(first -> List.of(first.start(), first.end())))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow();
    }

    private SlotState state(LocalDateTime start) {
        return bookings.slots(HALL, start.toLocalDate(), start.toLocalDate()).stream()
                .filter(slot -> slot.start().equals(start))
                .findFirst()
                .orElseThrow()
                .state();
    }
}
