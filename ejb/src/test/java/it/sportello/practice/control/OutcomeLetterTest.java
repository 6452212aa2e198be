package it.sportello.practice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import it.sportello.catalog.entity.Service;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.practice.entity.DeskPolicy;
import it.sportello.practice.entity.Outcome;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;

class OutcomeLetterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void theLetterIsAPdfNamedAfterTheRequest() {
        Practice practice = practice();

        byte[] pdf = OutcomeLetter.render(
                practice,
                Outcome.REJECTED,
                "Gentile Mario,\n\nmancano i requisiti:\n- reddito\n- residenza",
                "Comune di Bugliano",
                Locale.ITALIAN);

        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(OutcomeLetter.fileName(practice)).isEqualTo("esito-ref-1.pdf");
    }

    @Test
    void everyStatusAndPriorityHasALabelInEveryLanguage() {
        for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH, Locale.GERMAN}) {
            for (PracticeStatus status : PracticeStatus.values()) {
                assertThat(DeskTexts.status(status, locale)).isNotBlank();
            }
            assertThat(DeskTexts.csvHeaders(locale).fixed()).hasSize(11);
        }
        assertThat(DeskTexts.status(PracticeStatus.PARTIALLY_ACCEPTED, Locale.ITALIAN))
                .isEqualTo("Parzialmente approvata");
    }

    private static Practice practice() {
        Service service = new Service(
                "permesso-ztl", LocalizedText.italian("Permesso ZTL"), LocalizedText.italian("Un permesso"));
        PersonalData identity =
                new PersonalData("Mario", "Rossi", LocalDate.of(1980, 1, 1), "Roma", Sex.MALE, "m@example.org", null);
        Citizen mario = new Citizen(FiscalCode.of("RSSMRA80A01H501U"), identity);
        mario.signedIn(identity, AuthMethod.SPID, null, NOW);
        Practice practice = Practice.start(
                "ref-1", service, new FormVersion(service, 1, "{\"sections\": []}", NOW, "admin"), mario, null, NOW);
        practice.filling().acceptPrivacy(NOW);
        practice.filling().actForSelf(NOW);
        practice.filling().send("{}", AuthMethod.SPID, null, DeskPolicy.protocol(false), NOW, ZoneId.of("Europe/Rome"));
        return practice;
    }
}
