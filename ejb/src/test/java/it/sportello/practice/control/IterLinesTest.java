package it.sportello.practice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.form.entity.FileType;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.platform.text.RichText;
import it.sportello.practice.entity.Actor;
import it.sportello.practice.entity.Audience;
import it.sportello.practice.entity.DeskPolicy;
import it.sportello.practice.entity.PendingFile;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.Priority;
import it.sportello.practice.entity.ReleaseCharges;
import it.sportello.practice.entity.SentPractices;

/** The iter at the desk: one line per event, in the reader's language, people and offices by name. */
class IterLinesTest {

    private static final Instant SENT = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant NOW = SENT.plusSeconds(3600);
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final FiscalCode MARIO = SentPractices.MARIO;
    private static final DeskPolicy PROTOCOL_OFF = DeskPolicy.protocol(false);

    private final Office tecnico = new Office("ufficio-tecnico", LocalizedText.italian("Ufficio tecnico"));
    private final Service service = SentPractices.service(tecnico);
    private final StaffAccount olga = operator("operatore", "Olga Neri");
    private final StaffAccount piero = operator("piero", "Piero Bianchi");
    private final Practice practice = SentPractices.sent(service, SENT);
    private final IterLines.Names names = new IterLines.Names(
            Map.of("operatore", "Olga Neri", "piero", "Piero Bianchi", MARIO.toString(), "Mario Rossi"),
            Map.of("ufficio-tecnico", "Ufficio tecnico"));

    @Test
    void oneTakeChargeIsOneLineOfTheIter() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        List<IterLines.Line> lines = IterLines.of(practice, names, Locale.ITALIAN);

        assertThat(lines)
                .filteredOn(line -> line.what().equals("Presa in carico"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.who()).isEqualTo("Olga Neri");
                    assertThat(line.at()).isEqualTo(NOW);
                });
        assertThat(lines)
                .extracting(IterLines.Line::what)
                .containsExactly("Bozza", "Inviata", "Acquisita", "Presa in carico");
    }

    @Test
    void theActorsAreNamedNotCoded() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);

        assertThat(IterLines.of(practice, names, Locale.ITALIAN))
                .extracting(IterLines.Line::who)
                .containsExactly("Mario Rossi", "Mario Rossi", "Sportello telematico", "Olga Neri");
    }

    @Test
    void whatAnActionWasAboutIsSaidInWords() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        practice.desk().prioritize(olga, Priority.URGENT, NOW.plusSeconds(1));
        practice.desk().assign(olga, tecnico, piero, PROTOCOL_OFF, NOW.plusSeconds(2));
        practice.desk().takeOver(olga, NOW.plusSeconds(3));
        practice.deciding()
                .approvePartially(
                        olga,
                        RichText.sanitize("In parte"),
                        letter(),
                        List.of(),
                        ReleaseCharges.NONE,
                        PROTOCOL_OFF,
                        NOW.plusSeconds(4));

        assertThat(IterLines.of(practice, names, Locale.ITALIAN))
                .extracting(IterLines.Line::what)
                .endsWith(
                        "Presa in carico",
                        "Priorità cambiata in Urgente",
                        "Assegnata a Piero Bianchi (Ufficio tecnico)",
                        "Subentro a Piero Bianchi",
                        "Esito: Parzialmente approvata");
    }

    @Test
    void anActionThatLedToAnotherStatusNamesIt() {
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        practice.deciding()
                .approve(
                        olga,
                        RichText.sanitize("Sì"),
                        letter(),
                        List.of(),
                        ReleaseCharges.NONE,
                        DeskPolicy.protocol(true),
                        LATER);

        assertThat(IterLines.of(practice, names, Locale.ITALIAN))
                .last()
                .extracting(IterLines.Line::what)
                .isEqualTo("Esito: Accettata; stato: Elaborata");
    }

    @Test
    void aPaymentRegisteredByTheOfficeHasItsLineInEveryLanguage() {
        Practice waiting = SentPractices.started(service, "ref-p", SENT);
        waiting.filling().acceptPrivacy(SENT);
        waiting.filling().actForSelf(SENT);
        waiting.filling()
                .send("{}", AuthMethod.SPID, null, PROTOCOL_OFF.withPaymentDue(true), SENT, ZoneId.of("Europe/Rome"));
        waiting.dues().paymentRegistered(olga, "Pagato allo sportello", Audience.OFFICE, PROTOCOL_OFF, NOW);

        assertThat(IterLines.of(waiting, names, Locale.ITALIAN))
                .extracting(IterLines.Line::what)
                .contains("Pagamento registrato dall'ufficio")
                .doesNotContain("Pagamento avvenuto");
        assertThat(IterLines.of(waiting, names, Locale.ENGLISH))
                .extracting(IterLines.Line::what)
                .contains("Payment registered by the office");
        assertThat(IterLines.of(waiting, names, Locale.GERMAN))
                .extracting(IterLines.Line::what)
                .contains("Zahlung vom Amt erfasst");
    }

    @Test
    void anAppointmentIsReadInTheReadersLanguage() {
        practice.appointments()
                .fixed(
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        LocalDateTime.of(2026, 11, 30, 9, 40),
                        Actor.CITIZEN,
                        MARIO.toString(),
                        NOW);

        assertThat(IterLines.of(practice, names, Locale.ITALIAN))
                .last()
                .extracting(IterLines.Line::what)
                .isEqualTo("Appuntamento fissato per lunedì 30/11/2026, 09:00 - 09:40");
        assertThat(IterLines.of(practice, names, Locale.ENGLISH))
                .last()
                .extracting(IterLines.Line::what)
                .isEqualTo("Appointment booked for Monday 30/11/2026, 09:00 - 09:40");
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void noLineShowsACodeOrAKey(String language) {
        practice.desk().route(tecnico, SENT);
        practice.desk().takeCharge(olga, PROTOCOL_OFF, NOW);
        practice.desk().prioritize(olga, Priority.URGENT, NOW);
        practice.desk().assign(olga, tecnico, piero, PROTOCOL_OFF, NOW);
        practice.deciding()
                .approvePartially(
                        piero,
                        RichText.sanitize("In parte"),
                        letter(),
                        List.of(),
                        ReleaseCharges.NONE,
                        PROTOCOL_OFF,
                        LATER);

        assertThat(IterLines.of(practice, names, Locale.forLanguageTag(language)))
                .allSatisfy(line -> {
                    assertThat(line.what())
                            .doesNotContain("URGENT", "PARTIALLY_ACCEPTED", "ufficio-tecnico", "DeskAction", "{", "''");
                    assertThat(line.who()).doesNotContain("operatore", "piero", MARIO.toString(), "sportello");
                });
    }

    @Test
    void theAutomaticAssignmentNamesTheOfficeAndTheDesk() {
        practice.desk().route(tecnico, NOW);

        assertThat(IterLines.of(practice, names, Locale.ITALIAN)).last().satisfies(line -> {
            assertThat(line.what()).isEqualTo("Assegnata automaticamente a Ufficio tecnico");
            assertThat(line.who()).isEqualTo("Sportello telematico");
        });
    }

    private static PendingFile letter() {
        return new PendingFile("l-" + System.nanoTime(), "esito.pdf", FileType.PDF, new byte[] {1}, "h");
    }

    private StaffAccount operator(String username, String name) {
        StaffAccount account =
                new StaffAccount(username, name, username + "@comune.example", Set.of(StaffRole.OPERATOR));
        account.assign(Set.of(tecnico), Set.of(service));
        return account;
    }
}
