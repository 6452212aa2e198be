package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.municipality.Comuni;
import it.sportello.platform.i18n.LocalizedText;

/** The forms of the demo services are valid, translated, and accept a plausible submission. */
class DemoFormsTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final FormValidator validator = new FormValidator(
            Comuni.italian(),
            Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay(ROME).toInstant(), ROME));

    static String read(String serviceCode) {
        try (InputStream in =
                DemoFormsTest.class.getResourceAsStream("/it/sportello/demo/forms/" + serviceCode + ".json")) {
            assertThat(in).as(serviceCode).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final byte[] PDF = FormValidatorTest.PDF;
    private static final byte[] JPEG = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0
    };

    private static final Map<String, String> TRENTO = Map.of(
            "street",
            "Via Belenzani",
            "number",
            "19",
            "country",
            "IT",
            "province",
            "TN",
            "comune",
            "Trento",
            "cap",
            "38122");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "permesso-passo-carrabile",
                "accesso-agli-atti",
                "segnalazione-disservizio",
                "richiesta-assistenza",
                "permesso-ztl",
                "prenotazione-sala-civica",
                "prenotazione-sala-scuola-primaria",
                "certificati-anagrafici"
            })
    void everyDemoFormIsValidAndTranslated(String serviceCode) {
        assertThat(FormDefinitions.problems(read(serviceCode))).isEmpty();
        FormDefinition definition = FormDefinitions.parse(read(serviceCode));
        for (Section section : definition.sections()) {
            assertTranslated(section.title(), serviceCode + " " + section.id());
            for (Field field : section.fields()) {
                assertTranslated(field.label(), serviceCode + " " + field.id());
                field.options().forEach(option -> assertTranslated(option.label(), field.id() + " " + option.value()));
                if (field.text() != null) {
                    assertTranslated(field.text(), field.id() + " text");
                }
            }
        }
    }

    private static void assertTranslated(LocalizedText text, String what) {
        assertThat(text.in(Locale.ENGLISH)).as(what + " in English").isNotEqualTo(text.italian());
        assertThat(text.in(Locale.GERMAN)).as(what + " in German").isNotEqualTo(text.italian());
    }

    private FormData valid(String serviceCode, Map<String, Object> input) {
        ValidationResult result = validator.validate(FormDefinitions.parse(read(serviceCode)), input);
        assertThat(result.errors()).as(serviceCode).isEmpty();
        return result.data();
    }

    @Test
    void passoCarrabileComputesDurationAndCost() {
        Map<String, Object> input = new HashMap<>();
        input.put("tipo_richiesta", "ATTIVAZIONE");
        input.put("ubicazione", TRENTO);
        input.put("durata", "temporaneo");
        input.put("data_inizio", "2025-07-01");
        input.put("data_fine", "2030-07-01");
        input.put("larghezza", "4,5");
        input.put("planimetria", new UploadedFile("p1", "planimetria.pdf", "application/pdf", 2048, PDF));
        FormData data = valid("permesso-passo-carrabile", input);
        assertThat(((LocalizedText) data.get("durata_testo")).italian())
                .isEqualTo("La durata del passo carrabile sarà di 5 anni");
        assertThat(data.get("costo_totale")).isEqualTo(new BigDecimal("52.00"));
        FormDefinition definition = FormDefinitions.parse(read("permesso-passo-carrabile"));
        assertThat(definition.stampDutiesTotal()).isEqualTo(new BigDecimal("32.00"));
        assertThat(definition.payment().amountFor(data)).contains(new BigDecimal("20.00"));
    }

    @Test
    void aPermanentPassoCarrabileLastsTwentyNineYears() {
        Map<String, Object> input = new HashMap<>();
        input.put("tipo_richiesta", "RINNOVO");
        input.put("ubicazione", TRENTO);
        input.put("durata", "permanente");
        input.put("data_inizio", "2025-07-01");
        input.put("data_fine", "2026-07-01");
        input.put("larghezza", "3");
        input.put("planimetria", new UploadedFile("p1", "planimetria.pdf", "application/pdf", 2048, PDF));
        FormData data = valid("permesso-passo-carrabile", input);
        assertThat(data.values()).doesNotContainKey("data_fine");
        assertThat(((LocalizedText) data.get("durata_testo")).in(Locale.ENGLISH))
                .isEqualTo("The driveway permit will last 29 years");
    }

    @Test
    void accessoAgliAttiIsFilled() {
        valid(
                "accesso-agli-atti",
                Map.of(
                        "documenti",
                        "Concessione edilizia n. 123/2019",
                        "motivazione",
                        "Verifica della regolarità dei lavori del confinante",
                        "modalita",
                        "copia_conforme",
                        "allegati",
                        new UploadedFile("a1", "delega.pdf", "application/pdf", 1000, PDF)));
    }

    @Test
    void segnalazioneDisservizioIsFilled() {
        valid(
                "segnalazione-disservizio",
                Map.of(
                        "categoria",
                        "illuminazione",
                        "descrizione",
                        "Lampione spento da una settimana",
                        "luogo",
                        TRENTO,
                        "foto",
                        new UploadedFile("f1", "lampione.jpg", "image/jpeg", 5000, JPEG)));
    }

    @Test
    void richiestaAssistenzaIsFilled() {
        valid(
                "richiesta-assistenza",
                Map.of(
                        "argomento",
                        "pagamenti",
                        "messaggio",
                        "Non trovo l'avviso di pagamento",
                        "contatto",
                        "telefono",
                        "telefono",
                        "+39 0461 884111"));
    }

    @Test
    void permessoZtlIsFilled() {
        valid(
                "permesso-ztl",
                Map.of(
                        "tipo_richiesta",
                        "ATTIVAZIONE",
                        "targa",
                        "AB123CD",
                        "veicolo",
                        "autovettura",
                        "zona",
                        "centro_storico",
                        "data_inizio",
                        "2025-06-15",
                        "data_fine",
                        "2025-12-31"));
    }

    @Test
    void prenotazioneSalaCivicaHoldsTwoHalfDaysOfItsCalendar() {
        FormData data = valid(
                "prenotazione-sala-civica",
                Map.of(
                        "mezze_giornate",
                        "2025-06-20T13:30/2025-06-21T00:00",
                        "finalita",
                        "Assemblea condominiale",
                        "partecipanti",
                        "40"));
        assertThat(data.get("mezze_giornate"))
                .isEqualTo(new TimeSpan(LocalDateTime.of(2025, 6, 20, 13, 30), LocalDateTime.of(2025, 6, 21, 0, 0)));
        Field field = FormDefinitions.parse(read("prenotazione-sala-civica"))
                .field("mezze_giornate")
                .orElseThrow();
        assertThat(field.calendar()).isEqualTo("sala-civica");
        assertThat(FormSummary.value(field, data.get("mezze_giornate"), Locale.ITALIAN))
                .isEqualTo("venerdì 20/06/2025, 13:30 - sabato 21/06/2025, 00:00");
    }

    @Test
    void aSalaCivicaBookingWithoutHalfDaysHeldIsRefusedOnTheField() {
        ValidationResult missing = validator.validate(
                FormDefinitions.parse(read("prenotazione-sala-civica")),
                Map.of("finalita", "Assemblea condominiale", "partecipanti", "40"));
        assertThat(missing.errors())
                .extracting(FieldError::fieldId, FieldError::messageKey)
                .containsExactly(tuple("mezze_giornate", "form.required"));
        ValidationResult garbled = validator.validate(
                FormDefinitions.parse(read("prenotazione-sala-civica")),
                Map.of(
                        "mezze_giornate",
                        "2025-06-20T18:00/2025-06-20T13:30",
                        "finalita",
                        "Assemblea condominiale",
                        "partecipanti",
                        "40"));
        assertThat(garbled.errors())
                .extracting(FieldError::fieldId, FieldError::messageKey)
                .containsExactly(tuple("mezze_giornate", "form.slot.invalid"));
        assertThat(FormMessages.message(garbled.errors().get(0), Locale.ITALIAN))
                .isEqualTo("Scegli di nuovo gli orari nel calendario.");
    }

    @Test
    void certificatiAnagraficiComputesTheAmount() {
        FormData data = valid(
                "certificati-anagrafici",
                Map.of(
                        "certificati",
                        List.of("residenza", "stato_famiglia"),
                        "uso",
                        "bollo",
                        "copie",
                        "2",
                        "consegna",
                        "ritiro"));
        assertThat(data.get("importo")).isEqualTo(new BigDecimal("66.08"));
    }

    @Test
    void certificatiAnagraficiExemptFromStampDutyCostsOnlyTheFees() {
        FormData data = valid(
                "certificati-anagrafici",
                Map.of(
                        "certificati",
                        List.of("residenza"),
                        "uso",
                        "esente",
                        "esenzione",
                        "Pratiche pensionistiche (art. 9 Tab. B DPR 642/1972)",
                        "copie",
                        "1",
                        "consegna",
                        "ritiro"));
        assertThat(data.get("importo")).isEqualTo(new BigDecimal("0.52"));
    }

    @Test
    void permitsAskForTheKindOfRequestAndReportsAndCertificatesDoNot() {
        assertThat(FormDefinitions.parse(read("permesso-passo-carrabile")).asksForRequestKind())
                .isTrue();
        assertThat(FormDefinitions.parse(read("permesso-ztl")).asksForRequestKind())
                .isTrue();
        assertThat(FormDefinitions.parse(read("segnalazione-disservizio")).asksForRequestKind())
                .isFalse();
        assertThat(FormDefinitions.parse(read("certificati-anagrafici")).asksForRequestKind())
                .isFalse();
    }
}
