package it.sportello.practice.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.sportello.catalog.entity.AccessLevel;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.PaymentMode;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.ServiceStatus;
import it.sportello.catalog.entity.Workflow;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.platform.i18n.LocalizedText;

/** Who may book an appointment for a practice, and on which calendar. */
class PracticeAppointmentTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final FiscalCode MARIO = FiscalCode.of("RSSMRA80A01H501U");
    private static final FiscalCode GIULIA = FiscalCode.of("BNCGLI92L55F205A");
    private static final String CALENDAR = "sportello-urp";

    @Test
    void theApplicantBooksOnTheCalendarTheServiceNames() {
        Practice practice = sent(service(CALENDAR));

        assertThat(practice.appointments().calendar(MARIO)).isEqualTo(CALENDAR);
        assertThat(practice.appointments().isOffered()).isTrue();
    }

    @Test
    void anotherCitizenIsRefusedWithThePracticeNamed() {
        Practice practice = sent(service(CALENDAR));

        assertRefused(() -> practice.appointments().calendar(GIULIA), "practice.appointment.not_applicant");
        assertRefused(() -> practice.appointments().calendar((FiscalCode) null), "practice.appointment.not_applicant");
    }

    @Test
    void aServiceWithoutCalendarBooksNoAppointmentsAndHasNoTab() {
        Practice practice = sent(service(null));

        assertRefused(() -> practice.appointments().calendar(MARIO), "practice.appointment.no_calendar");
        assertThat(practice.appointments().isOffered()).isFalse();
    }

    @Test
    void aDraftBooksNoAppointmentsAndHasNoTab() {
        Service service = service(CALENDAR);
        Practice draft = Practice.start("d", service, form(service), mario(), null, NOW);

        assertRefused(() -> draft.appointments().calendar(MARIO), "practice.appointment.not_sent");
        assertThat(draft.appointments().isOffered()).isFalse();
    }

    @Test
    void aWithdrawnPracticeBooksNoMoreAppointments() {
        Practice practice = sent(service(CALENDAR));
        practice.withdraw(MARIO, new WithdrawalCheck(false, false), NOW);

        assertRefused(() -> practice.appointments().calendar(MARIO), "practice.appointment.closed");
    }

    @Test
    void anOperatorBooksOnlyForServicesTheyAreEnabledFor() {
        Service service = service(CALENDAR);
        Practice practice = sent(service);

        assertThat(practice.appointments().calendar(operator(Set.of(service)))).isEqualTo(CALENDAR);
        assertRefused(() -> practice.appointments().calendar(operator(Set.of())), "practice.desk.not_enabled");
    }

    @Test
    void theIterRecordsTheAppointmentWithItsStartAndEndAsData() {
        Practice practice = sent(service(CALENDAR));

        practice.appointments()
                .fixed(
                        java.time.LocalDateTime.of(2026, 11, 30, 9, 0),
                        java.time.LocalDateTime.of(2026, 11, 30, 9, 40),
                        Actor.OPERATOR,
                        "operatore",
                        NOW);

        assertThat(practice.getActions()).last().satisfies(action -> {
            assertThat(action.getKind()).isEqualTo(DeskAction.Kind.APPOINTMENT);
            assertThat(action.getDetail())
                    .as("each reader reads the day in their language")
                    .isEqualTo("2026-11-30T09:00/09:40");
            assertThat(action.getKind().concernsCitizen())
                    .as("the citizen gets the booking's own e-mail")
                    .isFalse();
        });
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String key) {
        assertThatThrownBy(change)
                .isInstanceOf(PracticeRefusedException.class)
                .extracting(e -> ((PracticeRefusedException) e).messageKey())
                .isEqualTo(key);
    }

    private static Practice sent(Service service) {
        Practice practice = Practice.start("ref-" + System.nanoTime(), service, form(service), mario(), null, NOW);
        practice.filling().acceptPrivacy(NOW);
        practice.filling().actForSelf(NOW);
        practice.filling()
                .send(
                        "{}",
                        AuthMethod.SPID,
                        "https://www.spid.gov.it/SpidL2",
                        DeskPolicy.protocol(false),
                        NOW,
                        ZoneId.of("Europe/Rome"));
        return practice;
    }

    private static FormVersion form(Service service) {
        return new FormVersion(service, 1, "{\"sections\": []}", NOW, "admin");
    }

    private static Service service(String calendar) {
        Service service = new Service(
                "assistenza-" + System.nanoTime(),
                LocalizedText.italian("Assistenza"),
                LocalizedText.italian("Assistenza allo sportello"));
        service.configure(
                ServiceStatus.AVAILABLE, null, null, AccessLevel.SPID_L2, PaymentMode.NONE, Workflow.APPROVAL, 30);
        service.entrust(new Office("urp", LocalizedText.italian("URP")));
        service.link(null, calendar, false);
        service.allowWithdrawal(true);
        return service;
    }

    private static StaffAccount operator(Set<Service> services) {
        StaffAccount account = new StaffAccount("olga", "Olga", "olga@comune.example", Set.of(StaffRole.OPERATOR));
        account.assign(Set.of(), services);
        return account;
    }

    private static Citizen mario() {
        PersonalData identity = new PersonalData(
                "Mario", "Rossi", LocalDate.of(1980, 1, 1), "Roma", Sex.MALE, "mario@spid.example", null);
        Citizen citizen = new Citizen(MARIO, identity);
        citizen.signedIn(identity, AuthMethod.SPID, "https://www.spid.gov.it/SpidL2", NOW);
        return citizen;
    }
}
