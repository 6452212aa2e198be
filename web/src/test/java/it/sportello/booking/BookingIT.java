package it.sportello.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.boundary.CalendarSettings;
import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.boundary.Seats;
import it.sportello.booking.control.CalendarHoliday;
import it.sportello.booking.control.Holiday;
import it.sportello.booking.control.Slot;
import it.sportello.booking.control.SlotState;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.AppointmentStatus;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.Closure;
import it.sportello.booking.entity.OpeningHours;
import it.sportello.booking.entity.Person;
import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.boundary.StaffDirectory;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.platform.BusinessException;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.entity.DeskAction;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;
import it.sportello.testing.Reports;
import it.sportello.testing.SpreadsheetRows;
import it.sportello.testing.TestCalendars;
import it.sportello.testing.TestClock;

/**
 * Booking in the running application, each test on a calendar of its own: the guarantee that no
 * slot is given beyond its parallel capacity under many concurrent clients, holding, completing,
 * limits, moderation, cancellation, and the operators' moves, outcomes and export; each step as
 * the person who takes it, a visitor who did not log in, a citizen or a member of staff.
 */
@ExtendWith(ArquillianExtension.class)
class BookingIT {

    private static final String ADMIN = "admin";
    private static final String MANAGER = "manager";
    private static final String OPERATORE = "operatore";

    /** Citizens who book while logged in. */
    private static final FiscalCode ROSSI = FiscalCode.of("RSSMRA80A01H501U");

    private static final FiscalCode VERDI = FiscalCode.of("VRDLGU75B02F205A");
    private static final FiscalCode BIANCHI = FiscalCode.of("BNCGNN85C03L219B");
    private static final FiscalCode GALLI = FiscalCode.of("GLLPLA70D04H501Y");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @EJB
    Bookings bookings;

    @EJB
    Calendars calendars;

    @Inject
    Seats seats;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    /** Threads that call the boundaries like request threads do, so that all clients really run at once. */
    @Resource
    ManagedThreadFactory threads;

    /**
     * A calendar of this test: every day 00:00-23:30, 30-minute meetings, anonymous booking
     * allowed; created by the administrator, who is the caller until the test logs in as somebody else.
     */
    private Calendar calendar(int parallel) {
        callers.asStaff(ADMIN);
        Calendar calendar = new Calendar(
                "it-" + UUID.randomUUID().toString().substring(0, 8),
                LocalizedText.italian("Sportello di prova"),
                null);
        calendar.describe(null, "Municipio, piano terra", null, "- Documento di identità");
        calendar.bookingWindow(0, 30);
        calendar.policy(10, 1, false, true);
        LocalDate today = LocalDate.now(clock);
        calendar.open(new OpeningHours(
                "Tutti i giorni",
                today.minusDays(1),
                today.plusDays(40),
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.MIDNIGHT,
                LocalTime.of(23, 30),
                parallel,
                30,
                0));
        calendars.create(calendar);
        return TestCalendars.openOnHolidays(calendars, calendar.getCode());
    }

    private LocalDateTime inTwoDaysAt(int hour, int minute) {
        return LocalDate.now(clock).plusDays(2).atTime(hour, minute);
    }

    private static Person person(FiscalCode fiscalCode, String familyName) {
        return new Person(
                fiscalCode == null ? null : fiscalCode.value(),
                "Anna",
                familyName,
                LocalDate.of(1980, 5, 1),
                "anna@example.org",
                "3331234567");
    }

    /** Holds the slot and completes the booking, as the caller. */
    private Appointment book(Calendar calendar, LocalDateTime start, Person person) {
        String reference = bookings.hold(calendar.getCode(), Set.of(start));
        return bookings.complete(reference, person, "Carta d'identità", null, "it");
    }

    private Slot slot(Calendar calendar, LocalDateTime start) {
        return bookings.slots(calendar.getCode(), start.toLocalDate(), start.toLocalDate()).stream()
                .filter(s -> s.start().equals(start))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void manyConcurrentClientsRacingForFewSlotsGetExactlyTheirCapacity() throws Exception {
        Calendar calendar = calendar(3);
        List<LocalDateTime> starts = List.of(inTwoDaysAt(9, 0), inTwoDaysAt(9, 30));
        int clients = 40;
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        // visitors who did not log in
        callers.anonymous();
        ExecutorService executor = Executors.newFixedThreadPool(clients, threads);
        for (int i = 0; i < clients; i++) {
            LocalDateTime start = starts.get(i % 2);
            String name = "Cliente" + i;
            Callable<Boolean> client = () -> {
                ready.countDown();
                go.await();
                try {
                    book(calendar, start, person(null, name));
                    return true;
                } catch (BusinessException e) {
                    assertThat(e.messageKey()).isEqualTo("booking.slots.taken");
                    return false;
                }
            };
            results.add(executor.submit(client));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        int booked = 0;
        for (Future<Boolean> result : results) {
            booked += result.get(120, TimeUnit.SECONDS) ? 1 : 0;
        }
        executor.shutdown();

        assertThat(booked).isEqualTo(6);
        for (LocalDateTime start : starts) {
            assertThat(seats.taken(calendar.getId(), start, clock.instant())).isEqualTo(3);
            assertThat(slot(calendar, start))
                    .extracting(Slot::taken, Slot::state)
                    .containsExactly(3, SlotState.FULL);
        }
        callers.asStaff(ADMIN);
        assertThat(calendars.appointments(
                        calendar.getCode(),
                        starts.get(0).toLocalDate(),
                        starts.get(0).toLocalDate()))
                .hasSize(6)
                .extracting(Appointment::getStatus)
                .containsOnly(AppointmentStatus.CONFIRMED);
    }

    @Test
    void aHeldDraftTakesItsSeatUntilReleasedAndCannotBeCompletedAfterwards() {
        Calendar calendar = calendar(1);
        LocalDateTime start = inTwoDaysAt(10, 0);
        callers.asCitizen(ROSSI);
        String reference = bookings.hold(calendar.getCode(), Set.of(start));
        assertThat(slot(calendar, start).state()).isEqualTo(SlotState.FULL);
        assertThat(bookings.draft(reference).getHoldUntil())
                .isBetween(clock.instant().plusSeconds(9 * 60), clock.instant().plusSeconds(10 * 60 + 5));
        callers.asCitizen(VERDI);
        assertThatThrownBy(() -> bookings.hold(calendar.getCode(), Set.of(start)))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("booking.slots.taken");
        assertThatThrownBy(() -> bookings.draft(reference)).hasMessage("booking.unknown");

        callers.asCitizen(ROSSI);
        bookings.release(reference);
        assertThat(slot(calendar, start).state()).isEqualTo(SlotState.AVAILABLE);
        assertThatThrownBy(() -> bookings.complete(reference, person(ROSSI, "Rossi"), "CIE", null, "it"))
                .hasMessage("booking.complete.notDraft");
    }

    @Test
    void severalConsecutiveSlotsAreBookedTogetherAndACancelledBookingFreesThem() {
        Calendar calendar = calendar(1);
        callers.asCitizen(BIANCHI);
        String reference = bookings.hold(calendar.getCode(), Set.of(inTwoDaysAt(11, 0), inTwoDaysAt(11, 30)));
        Appointment appointment = bookings.complete(
                reference, person(BIANCHI, "Bianchi"), "Cambio residenza", "Porto anche il contratto", "it");
        assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(appointment.getEndsAt()).isEqualTo(inTwoDaysAt(12, 0));
        assertThat(slot(calendar, inTwoDaysAt(11, 30)).state()).isEqualTo(SlotState.FULL);
        assertThat(bookings.ofCitizen()).extracting(Appointment::getReference).contains(reference);

        callers.asCitizen(VERDI);
        assertThatThrownBy(() -> bookings.cancel(reference)).hasMessage("booking.unknown");
        callers.asCitizen(BIANCHI);
        bookings.cancel(reference);
        assertThat(bookings.ofCitizen(reference).getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(slot(calendar, inTwoDaysAt(11, 0)).state()).isEqualTo(SlotState.AVAILABLE);
        assertThat(slot(calendar, inTwoDaysAt(11, 30)).state()).isEqualTo(SlotState.AVAILABLE);
    }

    @Test
    void somebodyWhoBookedWithoutLoginCancelsOnlyWithTheSecretOfTheirLink() {
        Calendar calendar = calendar(2);
        callers.anonymous();
        Appointment appointment = book(calendar, inTwoDaysAt(12, 0), person(null, "Verdi"));
        assertThatThrownBy(() -> bookings.cancelWithToken(appointment.getReference(), "wrong"))
                .hasMessage("booking.unknown");
        bookings.cancelWithToken(appointment.getReference(), appointment.getCancelToken());
        assertThat(bookings.withToken(appointment.getReference(), appointment.getCancelToken())
                        .getStatus())
                .isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void theLimitPerPersonIsEnforcedWithItsMessage() {
        Calendar daily = new Calendar(
                "it-" + UUID.randomUUID().toString().substring(0, 8),
                LocalizedText.italian("Sportello con limite"),
                null);
        daily.bookingWindow(0, 30);
        daily.limits(1, null, null, null);
        LocalDate today = LocalDate.now(clock);
        daily.open(new OpeningHours(
                "Tutti i giorni",
                today,
                today.plusDays(40),
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(8, 0),
                LocalTime.of(20, 0),
                2,
                30,
                0));
        callers.asStaff(ADMIN);
        calendars.create(daily);
        TestCalendars.openOnHolidays(calendars, daily.getCode());
        callers.asCitizen(GALLI);
        book(daily, inTwoDaysAt(9, 0), person(GALLI, "Galli"));
        String second = bookings.hold(daily.getCode(), Set.of(inTwoDaysAt(10, 0)));
        assertThatThrownBy(() -> bookings.complete(second, person(GALLI, "Galli"), "Altro", null, "it"))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("booking.limit.day");
        // the refused completion left the draft held, not booked
        assertThat(bookings.draft(second).getStatus()).isEqualTo(AppointmentStatus.DRAFT);
    }

    @Test
    void withoutLoginOnlyWhereTheCalendarAllowsIt() {
        Calendar calendar = new Calendar(
                "it-" + UUID.randomUUID().toString().substring(0, 8), LocalizedText.italian("Solo con accesso"), null);
        LocalDate today = LocalDate.now(clock);
        calendar.open(new OpeningHours(
                "Tutti i giorni",
                today,
                today.plusDays(40),
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(8, 0),
                LocalTime.of(20, 0),
                2,
                30,
                0));
        callers.asStaff(ADMIN);
        calendars.create(calendar);
        TestCalendars.openOnHolidays(calendars, calendar.getCode());
        callers.anonymous();
        assertThatThrownBy(() -> bookings.hold(calendar.getCode(), Set.of(inTwoDaysAt(9, 0))))
                .hasMessage("booking.login.required");
        callers.asStaff(OPERATORE);
        assertThatThrownBy(() -> calendars.create(new Calendar("it-x", LocalizedText.italian("X"), null)))
                .as("only administrators create calendars")
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aModeratedBookingWaitsForTheOfficeWhichApprovesOrRefusesIt() {
        Calendar calendar = calendar(2);
        calendars.settings(calendar.getCode(), false, true);
        callers.anonymous();
        Appointment approved = book(calendar, inTwoDaysAt(14, 0), person(null, "Neri"));
        Appointment refused = book(calendar, inTwoDaysAt(14, 0), person(null, "Greco"));
        assertThat(approved.getStatus()).isEqualTo(AppointmentStatus.PENDING);
        callers.asStaff(ADMIN);
        calendars.approve(approved.getReference());
        calendars.refuse(refused.getReference(), "Manca la documentazione");
        assertThat(calendars.appointment(approved.getReference()).getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(calendars.appointment(refused.getReference()).getStatus()).isEqualTo(AppointmentStatus.REFUSED);
        assertThat(slot(calendar, inTwoDaysAt(14, 0)).taken()).isEqualTo(1);
    }

    @Test
    void operatorsEnterMoveAndCancelAppointmentsCheckedByTheSameRules() {
        Calendar calendar = calendar(1);
        Appointment byPhone = calendars.enter(
                calendar.getCode(),
                inTwoDaysAt(15, 0),
                new Person(null, "Luca", "Ferri", null, "luca@example.org", null),
                "Al telefono");
        callers.anonymous();
        Appointment other = book(calendar, inTwoDaysAt(16, 0), person(null, "Conti"));
        callers.asStaff(ADMIN);
        assertThat(byPhone.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThatThrownBy(() -> calendars.enter(
                        calendar.getCode(),
                        inTwoDaysAt(15, 0),
                        new Person(null, "Altro", "Utente", null, "altro@example.org", null),
                        "Al telefono"))
                .hasMessage("booking.slots.taken");

        assertThatThrownBy(() -> calendars.move(byPhone.getReference(), inTwoDaysAt(16, 0), null))
                .hasMessage("booking.slots.taken");
        calendars.move(byPhone.getReference(), inTwoDaysAt(17, 0), "Spostato su sua richiesta");
        assertThat(slot(calendar, inTwoDaysAt(15, 0)).state()).isEqualTo(SlotState.AVAILABLE);
        assertThat(slot(calendar, inTwoDaysAt(17, 0)).state()).isEqualTo(SlotState.FULL);
        assertThatThrownBy(() -> calendars.markNoShow(other.getReference())).hasMessage("booking.outcome.notYet");
        calendars.cancel(other.getReference(), "Ufficio chiuso per sciopero");
        assertThat(calendars.appointment(other.getReference()).getOperatorMessage())
                .isEqualTo("Ufficio chiuso per sciopero");

        List<List<String>> csv = SpreadsheetRows.csv(calendars.csv(
                calendar.getCode(),
                inTwoDaysAt(0, 0).toLocalDate(),
                inTwoDaysAt(0, 0).toLocalDate(),
                Locale.ITALIAN));
        assertThat(SpreadsheetRows.rowWith(csv, "Luca Ferri"))
                .containsEntry("Inizio", "17:00")
                .containsEntry("Stato", "Confermato");
        assertThat(SpreadsheetRows.rowWith(csv, other.getReference())).containsEntry("Stato", "Annullato");
        assertThat(calendars.search("ferri", LocalDate.now(clock)))
                .extracting(Appointment::getReference)
                .contains(byPhone.getReference());
        callers.asStaff(OPERATORE);
        assertThatThrownBy(() -> calendars.calendar(calendar.getCode())).hasMessage("booking.calendar.unknown");
    }

    @Test
    void theOfficeEntersNoAppointmentForABadEmailAddressOrCodiceFiscale() {
        Calendar calendar = calendar(1);
        assertThatThrownBy(() -> calendars.enter(
                        calendar.getCode(),
                        inTwoDaysAt(15, 0),
                        new Person(null, "Luca", "Ferri", null, "luca.ferri@example", null),
                        "Al telefono"))
                .hasMessage("booking.person.emailInvalid");
        assertThatThrownBy(() -> calendars.enter(
                        calendar.getCode(),
                        inTwoDaysAt(15, 0),
                        new Person("FRRLCU80A01G702X", "Luca", "Ferri", null, "luca@example.org", null),
                        "Al telefono"))
                .hasMessage("booking.person.fiscalCodeInvalid");
        assertThat(slot(calendar, inTwoDaysAt(15, 0)).state())
                .as("nothing was booked")
                .isEqualTo(SlotState.AVAILABLE);

        callers.anonymous();
        String held = bookings.hold(calendar.getCode(), Set.of(inTwoDaysAt(16, 0)));
        assertThatThrownBy(() -> bookings.complete(
                        held,
                        new Person(null, "Anna", "Conti", null, "anna conti@example.org", null),
                        "Carta d'identità",
                        null,
                        "it"))
                .hasMessage("booking.person.emailInvalid");
    }

    @Test
    void aVideoconferenceLinkThatIsNotAWebAddressIsRefusedAndNotKept() {
        Calendar calendar = calendar(1);
        Appointment byPhone = calendars.enter(
                calendar.getCode(),
                inTwoDaysAt(15, 0),
                new Person(null, "Luca", "Ferri", null, "luca@example.org", null),
                "Al telefono");

        assertThatThrownBy(() -> calendars.videoLink(byPhone.getReference(), "not a url", "it"))
                .hasMessage("booking.videoLink.invalid");
        assertThat(calendars.appointment(byPhone.getReference()).getVideoLink()).isNull();

        calendars.videoLink(byPhone.getReference(), "https://meet.example.org/sportello-ferri", "it");
        assertThat(calendars.appointment(byPhone.getReference()).getVideoLink())
                .isEqualTo("https://meet.example.org/sportello-ferri");
    }

    @Test
    void anAppointmentIsMarkedNoShowFromItsDayOn() {
        Calendar calendar = calendar(1);
        LocalDateTime tomorrow = LocalDate.now(clock).plusDays(1).atTime(10, 0);
        Appointment appointment = calendars.enter(
                calendar.getCode(),
                tomorrow,
                new Person(null, "Marta", "Sala", null, "marta@example.org", null),
                "Al telefono");
        assertThatThrownBy(() -> calendars.markNoShow(appointment.getReference()))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("booking.outcome.notYet");

        // the day of the appointment, whatever the hour the test runs at
        TestClock.moveAhead(Duration.ofDays(1));
        try {
            calendars.markNoShow(appointment.getReference());
        } finally {
            TestClock.reset();
        }
        assertThat(calendars.appointment(appointment.getReference()).getStatus())
                .isEqualTo(AppointmentStatus.NO_SHOW);
    }

    /** The demo calendars, as the demo data makes them: none has a closure typed for a holiday. */
    private static final List<String> DEMO_CALENDARS =
            List.of("ufficio-anagrafe", "sportello-urp", "sala-civica", "sala-scuola-primaria");

    @Test
    void everyDemoCalendarIsClosedOnTheHolidaysWithoutAClosureTyped() {
        callers.asStaff(ADMIN);
        LocalDate today = LocalDate.now(clock);
        LocalDate immaculate = LocalDate.of(today.getYear(), 12, 8);
        LocalDate nextImmaculate = immaculate.isBefore(today) ? immaculate.plusYears(1) : immaculate;
        int closedByHoliday = 0;
        for (String code : DEMO_CALENDARS) {
            Calendar calendar = calendars.calendar(code);
            assertThat(calendars.slots(code, nextImmaculate, nextImmaculate))
                    .as(code)
                    .isEmpty();
            for (CalendarHoliday holiday : calendars.holidays(code)) {
                assertThat(holiday.open()).as("%s on %s", code, holiday.day()).isFalse();
                assertThat(Stream.concat(calendars.closures(code).stream(), calendars.closures(null).stream()))
                        .as("no closure typed for %s", holiday.day())
                        .noneMatch(closure -> closure.covers(holiday.day()));
                assertThat(calendars.slots(code, holiday.day(), holiday.day()))
                        .as("%s on %s", code, holiday.day())
                        .isEmpty();
                // a day its opening hours would open: the holiday alone closes it
                closedByHoliday +=
                        calendar.getOpeningHours().stream().anyMatch(hours -> hours.isOpenOn(holiday.day())) ? 1 : 0;
            }
        }
        assertThat(closedByHoliday)
                .as("holidays on days of the demo opening hours")
                .isPositive();
        assertThat(calendars.holidays(URP))
                .extracting(CalendarHoliday::day, CalendarHoliday::holiday)
                .contains(tuple(nextImmaculate, Holiday.IMMACULATE_CONCEPTION));
    }

    @Test
    void anAdministratorOpensACalendarOnAHolidayExceptionallyAndClosesItAgain() {
        String code = calendar(1).getCode();
        LocalDate today = LocalDate.now(clock);
        calendars.saveOpeningHours(
                code,
                null,
                new OpeningHours(
                        "Tutto l'anno",
                        today,
                        today.plusYears(1),
                        EnumSet.allOf(DayOfWeek.class),
                        LocalTime.of(9, 0),
                        LocalTime.of(12, 0),
                        1,
                        30,
                        0));
        // a calendar of the tests is open on every holiday: closed again, then opened on one
        CalendarHoliday first = calendars.holidays(code).get(0);
        LocalDate day = first.day();
        assertThat(first.open()).isTrue();
        assertThat(calendars.slots(code, day, day)).isNotEmpty();

        calendars.closeOnHoliday(code, day);
        assertThat(calendars.holidays(code).get(0).open()).isFalse();
        assertThat(calendars.slots(code, day, day)).isEmpty();
        callers.anonymous();
        assertThat(bookings.holidaysOfWeek(code, day)).containsEntry(day, first.holiday());

        callers.asStaff(OPERATORE);
        assertThatThrownBy(() -> calendars.openOnHoliday(code, day))
                .as("only administrators open a calendar on a holiday")
                .isInstanceOf(EJBAccessException.class);
        callers.asStaff(ADMIN);
        Set<LocalDate> holidays =
                calendars.holidays(code).stream().map(CalendarHoliday::day).collect(Collectors.toSet());
        LocalDate notAHoliday = Stream.iterate(day, next -> next.plusDays(1))
                .filter(next -> !holidays.contains(next))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> calendars.openOnHoliday(code, notAHoliday))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("booking.holiday.unknown");
        calendars.openOnHoliday(code, day);
        calendars.openOnHoliday(code, day); // twice is once
        assertThat(calendars.holidays(code).get(0).open()).isTrue();
        assertThat(calendars.slots(code, day, day)).isNotEmpty();
        callers.anonymous();
        assertThat(bookings.holidaysOfWeek(code, day)).doesNotContainKey(day);
    }

    private static CalendarSettings settings(String code) {
        CalendarSettings settings = new CalendarSettings();
        settings.setCode(code);
        settings.setTitleIt("Sportello amministrato");
        settings.setTitleEn("Managed desk");
        settings.setPlace("Municipio, sala 1");
        settings.setContactEmail("sportello@example.org");
        settings.setDaysAhead(30);
        settings.setMaxPerWeek(2);
        return settings;
    }

    private OpeningHours everyDay(String name) {
        LocalDate today = LocalDate.now(clock);
        return new OpeningHours(
                name,
                today.minusDays(1),
                today.plusDays(40),
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.MIDNIGHT,
                LocalTime.of(23, 30),
                1,
                30,
                0);
    }

    @Test
    void onlyAdministratorsCreateAndDeleteCalendarsAndOnlyEnabledOperatorsEditThem() {
        String code = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
        CalendarSettings settings = settings(code);
        callers.asStaff(OPERATORE);
        assertThatThrownBy(() -> calendars.create(settings)).isInstanceOf(EJBAccessException.class);
        callers.asStaff(ADMIN);
        Calendar created = calendars.create(settings);
        TestCalendars.openOnHolidays(calendars, code);
        assertThat(created.getTitle().in(Locale.ENGLISH)).isEqualTo("Managed desk");
        assertThat(created.getMaxPerWeek()).isEqualTo(2);
        assertThatThrownBy(() -> calendars.create(settings)).hasMessage("booking.calendar.codeTaken");
        CalendarSettings badCode = settings("Non Valido");
        assertThatThrownBy(() -> calendars.create(badCode)).hasMessage("booking.calendar.code");

        // an operator not enabled on the calendar neither sees nor edits it
        settings.setPlace("Sala 2");
        callers.asStaff(OPERATORE);
        assertThatThrownBy(() -> calendars.update(settings)).hasMessage("booking.calendar.unknown");
        settings.setOperators(List.of(OPERATORE));
        callers.asStaff(ADMIN);
        calendars.update(settings);
        callers.asStaff(OPERATORE);
        settings.setPlace("Municipio, sala 2");
        settings.setHoldMinutes(0);
        assertThatThrownBy(() -> calendars.update(settings)).hasMessage("booking.calendar.hold");
        settings.setHoldMinutes(15);
        calendars.update(settings);
        Calendar edited = calendars.calendar(code);
        assertThat(edited.getPlace()).isEqualTo("Municipio, sala 2");
        assertThat(edited.getHoldMinutes()).isEqualTo(15);
        assertThat(edited.getCode()).isEqualTo(code);
        assertThatThrownBy(() -> calendars.delete(code)).isInstanceOf(EJBAccessException.class);

        // opening hours in use cannot be deleted, nor can a calendar with appointments
        OpeningHours hours = calendars.saveOpeningHours(code, null, everyDay("Sempre"));
        Appointment appointment = calendars.enter(
                code,
                inTwoDaysAt(10, 0),
                new Person(null, "Elena", "Neri", null, "elena@example.org", null),
                "Al telefono");
        assertThatThrownBy(() -> calendars.removeOpeningHours(code, hours.getId()))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("booking.openingHours.inUse");
        callers.asStaff(ADMIN);
        assertThatThrownBy(() -> calendars.delete(code)).hasMessage("booking.calendar.hasAppointments");
        callers.asStaff(OPERATORE);
        assertThat(calendars.appointment(appointment.getReference()).getStatus())
                .isEqualTo(AppointmentStatus.CONFIRMED);

        // changed hours take effect on the slots; unused hours are deleted
        OpeningHours afternoons = new OpeningHours(
                "Pomeriggi",
                LocalDate.now(clock),
                LocalDate.now(clock).plusDays(40),
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(14, 0),
                LocalTime.of(16, 0),
                2,
                60,
                0);
        OpeningHours extra = calendars.saveOpeningHours(code, null, afternoons);
        LocalDate day = inTwoDaysAt(0, 0).toLocalDate();
        assertThat(calendars.slots(code, day, day))
                .anyMatch(s ->
                        s.start().equals(day.atTime(15, 0)) && s.hours().getId().equals(extra.getId()));
        OpeningHours shorter = new OpeningHours(
                "Pomeriggi",
                LocalDate.now(clock),
                LocalDate.now(clock).plusDays(40),
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(14, 0),
                LocalTime.of(15, 0),
                2,
                60,
                0);
        calendars.saveOpeningHours(code, extra.getId(), shorter);
        assertThat(calendars.slots(code, day, day))
                .noneMatch(s ->
                        s.start().equals(day.atTime(15, 0)) && s.hours().getId().equals(extra.getId()));
        calendars.removeOpeningHours(code, extra.getId());
        assertThat(calendars.calendar(code).getOpeningHours())
                .extracting(OpeningHours::getName)
                .containsExactly("Sempre");

        // a closure of the calendar removes its slots; the municipality's closures are the administrators'
        assertThatThrownBy(() -> calendars.close(null, day, day, "Festa")).hasMessage("booking.calendar.adminOnly");
        Closure closure = calendars.close(code, day, day, "Inventario");
        assertThat(calendars.slots(code, day, day)).isEmpty();
        assertThat(calendars.closures(code)).extracting(Closure::getReason).containsExactly("Inventario");
        calendars.removeClosure(closure.getId());
        assertThat(calendars.slots(code, day, day)).isNotEmpty();

        // a calendar without appointments is deleted by an administrator, with its hours and closures
        callers.asStaff(ADMIN);
        String empty = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
        calendars.create(settings(empty));
        calendars.saveOpeningHours(empty, null, everyDay("Sempre"));
        calendars.close(empty, day, day, "Trasloco");
        calendars.delete(empty);
        assertThatThrownBy(() -> calendars.calendar(empty)).hasMessage("booking.calendar.unknown");
    }

    @Test
    void aManagerEnablesAnOperatorForExactlyTheCalendarsChosenOnTheOperatorsScreen() {
        Calendar calendar = calendar(1);
        Calendar other = calendar(1);
        callers.asStaff(MANAGER);
        assertThat(calendars.enabledFor(OPERATORE)).doesNotContain(calendar.getCode(), other.getCode());

        List<String> before = calendars.enabledFor(OPERATORE);
        List<String> chosen = new java.util.ArrayList<>(before);
        chosen.add(calendar.getCode());
        calendars.enableFor(OPERATORE, chosen);
        assertThat(calendars.enabledFor(OPERATORE)).contains(calendar.getCode()).doesNotContain(other.getCode());
        callers.asStaff(OPERATORE);
        assertThat(calendars.calendar(calendar.getCode()).getCode()).isEqualTo(calendar.getCode());

        callers.asStaff(MANAGER);
        calendars.enableFor(OPERATORE, before);
        assertThatThrownBy(() -> calendars.enableFor(OPERATORE, List.of("nessuno-" + UUID.randomUUID())))
                .hasMessage("booking.calendar.unknownCode");
        callers.asStaff(OPERATORE);
        assertThatThrownBy(() -> calendars.calendar(calendar.getCode())).hasMessage("booking.calendar.unknown");
        assertThatThrownBy(() -> calendars.enableFor(OPERATORE, List.of(calendar.getCode())))
                .as("only managers and administrators")
                .isInstanceOf(EJBAccessException.class);
    }

    // --- appointments of a practice ---------------------------------------------------------------

    /** The demo calendar the demo assistance service names; operatore works it and the service. */
    private static final String URP = "sportello-urp";

    private static final String ASSISTANCE = "richiesta-assistenza";

    @EJB
    PracticeWorkflow workflow;

    @EJB
    Practices practices;

    @EJB
    Citizens citizens;

    @EJB
    StaffDirectory staff;

    @Test
    void theApplicantBooksForTheirPracticeOnTheServicesCalendarAndTheIterRecordsIt() {
        FiscalCode applicant = citizen("Appuntamento");
        FiscalCode other = citizen("Estraneo");
        String practice = sentAssistance(applicant);
        LocalDateTime start = freeSlot(1);

        callers.asCitizen(other);
        assertThatThrownBy(() -> bookings.holdForPractice(URP, Set.of(start), practice))
                .isInstanceOf(BusinessException.class)
                .hasMessage("practice.appointment.not_applicant");
        callers.anonymous();
        assertThatThrownBy(() -> bookings.holdForPractice(URP, Set.of(start), practice))
                .isInstanceOf(BusinessException.class)
                .hasMessage("booking.login.required");
        callers.asCitizen(applicant);
        assertThatThrownBy(() -> bookings.holdForPractice("ufficio-anagrafe", Set.of(start), practice))
                .isInstanceOf(BusinessException.class)
                .hasMessage("booking.practice.otherCalendar");
        assertThat(bookings.ofPractice(practice)).as("nothing held or booked").isEmpty();

        String held = bookings.holdForPractice(URP, Set.of(start), practice);
        Appointment booked =
                bookings.complete(held, person(applicant, "Appuntamento"), "Consegna dei documenti", null, "it");

        assertThat(booked.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(bookings.ofPractice(practice))
                .extracting(Appointment::getReference)
                .containsExactly(booked.getReference());
        assertThat(bookings.ofCitizen()).extracting(Appointment::getReference).contains(booked.getReference());
        callers.asCitizen(other);
        assertThatThrownBy(() -> bookings.ofPractice(practice))
                .isInstanceOf(BusinessException.class)
                .hasMessage("practice.appointment.not_applicant");
        callers.asCitizen(applicant);
        assertThat(practices.owned(practice).getActions())
                .filteredOn(a -> a.getKind() == DeskAction.Kind.APPOINTMENT)
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.getActor()).isEqualTo(applicant.value());
                    assertThat(action.getDetail()).contains(start.toLocalTime().toString());
                });
    }

    @Test
    void theOfficeBooksForTheApplicantWhenEnabledForTheServiceAndTheCalendarShowsIt() {
        FiscalCode applicant = citizen("Sportello");
        String practice = sentAssistance(applicant);
        LocalDateTime start = freeSlot(2);

        String stranger = "appt-" + UUID.randomUUID().toString().substring(0, 8);
        callers.asStaff(ADMIN);
        staff.create(new StaffAccount(
                stranger, "Operatore di un altro servizio", stranger + "@example.org", Set.of(StaffRole.OPERATOR)));
        callers.asStaff(stranger);
        assertThatThrownBy(() -> calendars.enterForPractice(practice, start, "Chiarimenti"))
                .as("an operator not enabled for the service")
                .isInstanceOf(BusinessException.class)
                .hasMessage("practice.desk.not_enabled");
        assertThatThrownBy(() -> calendars.ofPractice(practice)).hasMessage("booking.unknown");

        callers.asStaff(OPERATORE);
        Appointment booked = calendars.enterForPractice(practice, start, "Chiarimenti");

        assertThat(booked.getFiscalCode()).isEqualTo(applicant.value());
        assertThat(booked.getEmail()).isEqualTo("sportello@example.org");
        assertThat(calendars.ofPractice(practice))
                .extracting(Appointment::getReference)
                .containsExactly(booked.getReference());
        assertThat(calendars.appointments(URP, start.toLocalDate(), start.toLocalDate()))
                .extracting(Appointment::getReference)
                .contains(booked.getReference());
        callers.asCitizen(applicant);
        assertThat(bookings.ofPractice(practice))
                .extracting(Appointment::getReference)
                .containsExactly(booked.getReference());
        assertThat(practices.owned(practice).getActions())
                .filteredOn(a -> a.getKind() == DeskAction.Kind.APPOINTMENT)
                .singleElement()
                .extracting(DeskAction::getActor)
                .isEqualTo(OPERATORE);
    }

    @Test
    void aDraftOrAPracticeOfAServiceWithoutCalendarGetsNoAppointment() {
        FiscalCode applicant = citizen("Bozza");
        callers.asCitizen(applicant);
        String draft = workflow.start(ASSISTANCE, null).getReference();
        String report = workflow.start("segnalazione-disservizio", null).getReference();
        workflow.acceptPrivacy(report);
        workflow.actForSelf(report);
        workflow.fill(report, Reports.typed("strade", "Una buca profonda davanti al civico 3."), 3);
        workflow.send(report);
        LocalDateTime start = freeSlot(3);

        assertThatThrownBy(() -> bookings.holdForPractice(URP, Set.of(start), draft))
                .isInstanceOf(BusinessException.class)
                .hasMessage("practice.appointment.not_sent");
        assertThatThrownBy(() -> bookings.holdForPractice(URP, Set.of(start), report))
                .isInstanceOf(BusinessException.class)
                .hasMessage("practice.appointment.no_calendar");
        callers.asStaff(OPERATORE);
        assertThatThrownBy(() -> calendars.enterForPractice(report, start, "Sopralluogo"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("practice.appointment.no_calendar");
        callers.asCitizen(applicant);
        assertThat(practices.owned(report).appointments().isOffered()).isFalse();
    }

    /** A citizen of this test alone, logged in once so that their practices can start. */
    private FiscalCode citizen(String familyName) {
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            first.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        first.append("90A01L378");
        FiscalCode code = FiscalCode.of(first + String.valueOf(FiscalCode.checkCharacter(first.toString())));
        citizens.signIn(
                code,
                new PersonalData(
                        "Chiara",
                        familyName,
                        LocalDate.of(1990, 1, 1),
                        "Pisa",
                        Sex.FEMALE,
                        familyName.toLowerCase(Locale.ROOT) + "@example.org",
                        null),
                AuthMethod.SPID,
                "https://www.spid.gov.it/SpidL2");
        return code;
    }

    /** An assistance request the applicant sent; they are logged in from then on. */
    private String sentAssistance(FiscalCode applicant) {
        callers.asCitizen(applicant);
        String reference = workflow.start(ASSISTANCE, null).getReference();
        workflow.acceptPrivacy(reference);
        workflow.actForSelf(reference);
        workflow.fill(
                reference,
                Map.of(
                        "argomento",
                        "servizi_online",
                        "messaggio",
                        "Devo consegnare allo sportello i documenti della mia richiesta.",
                        "contatto",
                        "email"),
                1);
        workflow.send(reference);
        return reference;
    }

    /** A free slot of the demo URP calendar some days ahead; the tests of other classes may have taken the first ones. */
    private LocalDateTime freeSlot(int nth) {
        LocalDate from = LocalDate.now(clock).plusDays(2);
        return bookings.slots(URP, from, from.plusDays(21)).stream()
                .filter(slot -> slot.state().isBookable())
                .skip(nth * 3L)
                .findFirst()
                .orElseThrow()
                .start();
    }
}
