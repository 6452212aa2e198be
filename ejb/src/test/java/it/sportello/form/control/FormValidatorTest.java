package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.sportello.form.entity.FileType;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.municipality.Comune;
import it.sportello.municipality.Comuni;
import it.sportello.platform.i18n.LocalizedText;

class FormValidatorTest {

    /** A form with a field of every kind; "today" is 1 June 2025. */
    static final String ALL_KINDS = """
            {"sections": [
              {"id": "dati", "title": {"it": "Dati", "en": "Data", "de": "Daten"}, "fields": [
                {"id": "nome", "kind": "TEXT", "label": "Nome", "required": true, "minLength": 2, "maxLength": 10},
                {"id": "targa", "kind": "TEXT", "label": "Targa", "pattern": "[A-Z]{2}[0-9]{3}[A-Z]{2}"},
                {"id": "note", "kind": "LONG_TEXT", "label": "Note"},
                {"id": "copie", "kind": "NUMBER", "label": "Copie", "min": 1, "max": 10, "decimals": 0},
                {"id": "importo", "kind": "AMOUNT", "label": "Importo", "min": 0, "max": 1000},
                {"id": "email", "kind": "EMAIL", "label": "E-mail"},
                {"id": "telefono", "kind": "PHONE", "label": "Telefono"},
                {"id": "inizio", "kind": "DATE", "label": "Inizio", "minDate": "today", "maxDate": "today+30d"},
                {"id": "fine", "kind": "DATE", "label": "Fine", "minDate": "inizio+1d"},
                {"id": "ora", "kind": "TIME", "label": "Ora"},
                {"id": "zona", "kind": "SELECT", "label": "Zona",
                 "options": [{"value": "a", "label": "Zona A"}, {"value": "b", "label": "Zona B"}]},
                {"id": "delega", "kind": "RADIO", "label": "Per conto di altri",
                 "options": [{"value": "si", "label": "Sì"}, {"value": "no", "label": "No"}]},
                {"id": "certificati", "kind": "CHECKBOXES", "label": "Certificati", "options": [
                  {"value": "nascita", "label": "Nascita"}, {"value": "residenza", "label": "Residenza"},
                  {"value": "stato_famiglia", "label": "Stato di famiglia"}]},
                {"id": "cf", "kind": "FISCAL_CODE", "label": {"it": "Codice fiscale", "en": "Fiscal code", "de": "Steuernummer"}},
                {"id": "luogo", "kind": "ADDRESS", "label": "Luogo"},
                {"id": "planimetria", "kind": "FILE", "label": "Planimetria", "accept": ["pdf"], "maxSize": 1000},
                {"id": "privacy", "kind": "PRIVACY", "label": "Ho letto l'informativa", "text": "Informativa privacy"},
                {"id": "tipo", "kind": "REQUEST_KIND", "label": "Tipo di richiesta", "requestKinds": ["ATTIVAZIONE", "RINNOVO"]},
                {"id": "durata", "kind": "COMPUTED_TEXT", "label": "Durata",
                 "text": {"it": "Durata di {days(inizio, fine)} giorni", "en": "{days(inizio, fine)} days"}},
                {"id": "costo", "kind": "COMPUTED_AMOUNT", "label": "Costo", "expression": "count(certificati) * copie * 16 + 0.5"}
              ]},
              {"id": "beneficiario", "title": "Beneficiario", "visibleWhen": {"field": "delega", "equals": "si"}, "fields": [
                {"id": "cf_beneficiario", "kind": "FISCAL_CODE", "label": "Codice fiscale del beneficiario", "required": true},
                {"id": "parentela", "kind": "TEXT", "label": "Parentela", "visibleWhen": {"field": "cf_beneficiario", "checked": true}}
              ]}]}
            """;

    static final FormDefinition DEFINITION = FormDefinitions.parse(ALL_KINDS);

    private final FormValidator validator = new FormValidator(
            Comuni.italian(),
            Clock.fixed(
                    LocalDate.of(2025, 6, 1)
                            .atStartOfDay(ZoneId.of("Europe/Rome"))
                            .toInstant(),
                    ZoneId.of("Europe/Rome")));

    static final byte[] PDF =
            "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);

    static Map<String, Object> filled() {
        Map<String, Object> input = new HashMap<>();
        input.put("nome", " Mario ");
        input.put("targa", "AB123CD");
        input.put("note", "Riga uno\nRiga due");
        input.put("copie", "2");
        input.put("importo", "20,5");
        input.put("email", "mario.rossi@example.it");
        input.put("telefono", "+39 0461 123456");
        input.put("inizio", "2025-06-10");
        input.put("fine", "20/06/2025");
        input.put("ora", "09:30");
        input.put("zona", "b");
        input.put("delega", "no");
        input.put("certificati", List.of("residenza", "nascita", "residenza"));
        input.put("cf", "rssmra80a01h501u");
        input.put(
                "luogo",
                Map.of(
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
                        "38122"));
        input.put("planimetria", new UploadedFile("k1", "pianta.pdf", "application/pdf", 900, PDF));
        input.put("privacy", "true");
        input.put("tipo", "RINNOVO");
        return input;
    }

    private ValidationResult validate(Map<String, Object> input) {
        return validator.validate(DEFINITION, input);
    }

    private List<String> errorKeysOf(String fieldId, Object value) {
        Map<String, Object> input = filled();
        input.put(fieldId, value);
        return validate(input).errorsOf(fieldId).stream()
                .map(FieldError::messageKey)
                .toList();
    }

    @Test
    void aCompleteSubmissionGivesTypedValues() {
        ValidationResult result = validate(filled());

        assertThat(result.errors()).isEmpty();
        FormData data = result.data();
        assertThat(data.get("nome")).isEqualTo("Mario");
        assertThat(data.get("copie")).isEqualTo(new BigDecimal("2"));
        assertThat(data.get("importo")).isEqualTo(new BigDecimal("20.50"));
        assertThat(data.get("telefono")).isEqualTo("+390461123456");
        assertThat(data.get("inizio")).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(data.get("fine")).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(data.get("ora")).isEqualTo(LocalTime.of(9, 30));
        assertThat(data.get("cf")).isEqualTo(FiscalCode.of("RSSMRA80A01H501U"));
        assertThat(data.get("luogo"))
                .isEqualTo(new PostalAddress("Via Belenzani", "19", "IT", "TN", "Trento", "L378", "38122"));
        assertThat(data.get("planimetria")).isEqualTo(new StoredFile("k1", "pianta.pdf", FileType.PDF, 900));
        assertThat(data.get("privacy")).isEqualTo(true);
        assertThat(data.get("tipo")).isEqualTo(RequestKind.RINNOVO);
    }

    @Test
    void ticksAreKeptOnceEachInOptionOrder() {
        assertThat(validate(filled()).data().get("certificati")).isEqualTo(List.of("nascita", "residenza"));
    }

    @Test
    void keysTheFormDoesNotHaveAreDropped() {
        Map<String, Object> input = filled();
        input.put("admin", "true");
        assertThat(validate(input).data().values()).doesNotContainKey("admin");
    }

    @Test
    void aMissingRequiredValueIsRefused() {
        assertThat(errorKeysOf("nome", "   ")).containsExactly("form.required");
    }

    @Test
    void anOptionalFieldMayStayEmpty() {
        Map<String, Object> input = filled();
        input.remove("targa");
        input.put("luogo", Map.of("country", "IT"));
        ValidationResult result = validate(input);
        assertThat(result.errors()).isEmpty();
        assertThat(result.data().values()).doesNotContainKeys("targa", "luogo");
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused with {2}")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            value = {
                "nome; M; form.length.min",
                "nome; Bartolomeo Maria; form.length.max",
                "targa; ab123cd; form.pattern.mismatch",
                "copie; due; form.number.invalid",
                "copie; 1,5; form.number.whole",
                "copie; 0; form.number.min",
                "copie; 11; form.number.max",
                "importo; 10,555; form.amount.decimals",
                "importo; 1.500; form.amount.decimals",
                "importo; 12,3x; form.amount.invalid",
                "importo; 1.2.3,40; form.amount.invalid",
                "importo; -1; form.amount.negative",
                "copie; 1.0,0; form.number.invalid",
                "importo; 1.000,01; form.number.max",
                "email; mario.rossi@; form.email.invalid",
                "telefono; 12345; form.phone.invalid",
                "telefono; 0461-abc; form.phone.invalid",
                "inizio; 2025-02-30; form.date.invalid",
                "inizio; 31/05/2025; form.date.min",
                "inizio; 2025-07-02; form.date.max",
                "fine; 2025-06-10; form.date.min",
                "ora; 25:00; form.time.invalid",
                "zona; c; form.option.unknown",
                "delega; forse; form.option.unknown",
                "cf; RSSMRA80A01H501X; form.fiscal_code.invalid.check",
                "cf; RSSMRA80A32H501U; form.fiscal_code.invalid.date",
                "cf; RSSMRA80; form.fiscal_code.invalid.format",
                "privacy; false; form.privacy.required",
                "privacy; no; form.privacy.required",
                "tipo; VOLTURA; form.option.unknown"
            })
    void aValueBreakingItsKindOrRulesIsRefused(String fieldId, String value, String key) {
        assertThat(errorKeysOf(fieldId, value)).containsExactly(key);
    }

    @Test
    void aLineBreakInAOneLineTextIsRefused() {
        assertThat(errorKeysOf("nome", "Mario\nRossi")).containsExactly("form.text.single_line");
    }

    @Test
    void aRefusedValueIsNotInTheData() {
        Map<String, Object> input = filled();
        input.put("copie", "11");
        assertThat(validate(input).data().values()).doesNotContainKey("copie");
    }

    @Test
    void checkboxesOutsideTheOptionsAreRefused() {
        assertThat(errorKeysOf("certificati", List.of("nascita", "morte"))).containsExactly("form.option.unknown");
    }

    @Test
    void aListSentForATextIsRefused() {
        assertThat(errorKeysOf("nome", List.of("Mario", "Luigi"))).containsExactly("form.value.invalid");
    }

    @Test
    void omocodicFiscalCodesAreAccepted() {
        Map<String, Object> input = filled();
        input.put("cf", "VRDLCU72T10L37UQ");
        assertThat(validate(input).data().get("cf")).isEqualTo(FiscalCode.of("VRDLCU72T10L37UQ"));
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThat(errorKeysOf("planimetria", new UploadedFile("k2", "pianta.pdf", "application/pdf", 100, png)))
                .containsExactly("form.file.type_refused");
    }

    @Test
    void aFileAboveTheSizeLimitIsRefused() {
        assertThat(errorKeysOf("planimetria", new UploadedFile("k3", "pianta.pdf", "application/pdf", 1001, PDF)))
                .containsExactly("form.file.too_large");
    }

    @Test
    void aTextSentForAFileIsRefused() {
        assertThat(errorKeysOf("planimetria", "/etc/passwd")).containsExactly("form.value.invalid");
    }

    @Test
    void anItalianAddressNeedsAComuneOfTheProvince() {
        assertThat(errorKeysOf(
                        "luogo",
                        Map.of(
                                "street",
                                "Via Roma",
                                "country",
                                "IT",
                                "province",
                                "TN",
                                "comune",
                                "Bolzano",
                                "cap",
                                "39100")))
                .containsExactly("form.address.comune.unknown");
    }

    @Test
    void anItalianAddressNeedsAnExistingProvince() {
        assertThat(errorKeysOf(
                        "luogo", Map.of("street", "Via Roma", "province", "XX", "comune", "Trento", "cap", "38122")))
                .containsExactly("form.address.province.unknown");
    }

    @Test
    void anItalianAddressNeedsACapOfItsComune() {
        assertThat(errorKeysOf(
                        "luogo", Map.of("street", "Via Roma", "province", "TN", "comune", "Trento", "cap", "39100")))
                .containsExactly("form.address.cap.mismatch");
    }

    @Test
    void anItalianAddressNeedsAStreet() {
        assertThat(errorKeysOf("luogo", Map.of("province", "TN", "comune", "L378", "cap", "38122")))
                .containsExactly("form.address.street.required");
    }

    @Test
    void theMunicipalitysOwnComuneIsAcceptedWithItsCapOnly() {
        FormValidator withBugliano = new FormValidator(
                Comuni.italian().withOwn(new Comune(null, "Bugliano", "PI", "M999", List.of("56010"))),
                Clock.systemDefaultZone());
        Map<String, Object> input = filled();
        input.put(
                "luogo", Map.of("street", "Piazza del Comune", "province", "PI", "comune", "Bugliano", "cap", "56010"));
        assertThat(withBugliano.validate(DEFINITION, input).data().get("luogo"))
                .isEqualTo(new PostalAddress("Piazza del Comune", null, "IT", "PI", "Bugliano", "M999", "56010"));
        input.put(
                "luogo", Map.of("street", "Piazza del Comune", "province", "PI", "comune", "Bugliano", "cap", "56100"));
        assertThat(withBugliano.validate(DEFINITION, input).isValid()).isFalse();
    }

    @Test
    void theComuneMayBeGivenByCadastralCode() {
        Map<String, Object> input = filled();
        input.put("luogo", Map.of("street", "Via del Corso", "province", "rm", "comune", "H501", "cap", "00186"));
        assertThat(validate(input).data().get("luogo"))
                .isEqualTo(new PostalAddress("Via del Corso", null, "IT", "RM", "Roma", "H501", "00186"));
    }

    @Test
    void aForeignAddressIsTakenAsTyped() {
        Map<String, Object> input = filled();
        input.put(
                "luogo",
                Map.of("street", "Marktplatz", "number", "1", "country", "at", "comune", "Innsbruck", "cap", "6020"));
        assertThat(validate(input).data().get("luogo"))
                .isEqualTo(new PostalAddress("Marktplatz", "1", "AT", null, "Innsbruck", null, "6020"));
    }

    @Test
    void aHiddenSectionsValuesAreDiscardedWithoutBeingChecked() {
        Map<String, Object> input = filled();
        input.put("cf_beneficiario", "not a fiscal code");
        input.put("parentela", "figlio");
        ValidationResult result = validate(input);
        assertThat(result.errors()).isEmpty();
        assertThat(result.data().values()).doesNotContainKeys("cf_beneficiario", "parentela");
    }

    @Test
    void aShownSectionsFieldsAreChecked() {
        Map<String, Object> input = filled();
        input.put("delega", "si");
        assertThat(validate(input).errors())
                .extracting(FieldError::fieldId, FieldError::messageKey)
                .containsExactly(tuple("cf_beneficiario", "form.required"));
    }

    @Test
    void aFieldDependingOnAHiddenFieldIsHiddenToo() {
        Map<String, Object> input = filled();
        input.put("parentela", "figlio");
        input.put("delega", "si");
        input.put("cf_beneficiario", "RSSMRA80A01H501U");
        assertThat(validate(input).data().get("parentela")).isEqualTo("figlio");
        input.put("delega", "no");
        assertThat(validate(input).data().values()).doesNotContainKey("parentela");
    }

    @Test
    void computedValuesAreComputedOnTheServerWhateverWasSent() {
        Map<String, Object> input = filled();
        input.put("costo", "0.01");
        input.put("durata", "Durata di 1 giorno");
        FormData data = validate(input).data();
        assertThat(data.get("costo")).isEqualTo(new BigDecimal("64.50"));
        assertThat(data.get("durata")).isEqualTo(new LocalizedText("Durata di 10 giorni", "10 days", null));
    }

    @Test
    void aComputedValueWithoutItsInputsStaysEmpty() {
        Map<String, Object> input = filled();
        input.remove("fine");
        input.remove("copie");
        ValidationResult result = validate(input);
        assertThat(result.errors()).isEmpty();
        assertThat(result.data().values()).doesNotContainKeys("durata", "costo");
    }

    @Test
    void recomputeFillsComputedValuesOfCleanData() {
        FormData data = validate(filled()).data();
        Map<String, Object> withoutComputed = new HashMap<>(data.values());
        withoutComputed.remove("costo");
        assertThat(validator
                        .recompute(DEFINITION, new FormData(withoutComputed))
                        .get("costo"))
                .isEqualTo(new BigDecimal("64.50"));
    }

    @Test
    void aPaymentOfAComputedAmountReadsTheData() {
        RequiredPayment payment = new RequiredPayment(null, "costo", LocalizedText.italian("Diritti"));
        assertThat(payment.amountFor(validate(filled()).data())).contains(new BigDecimal("64.50"));
    }

    @Test
    void nothingSentMeansRequiredErrorsOnly() {
        assertThat(validator.validate(DEFINITION, null).errors())
                .extracting(FieldError::messageKey)
                .containsExactly("form.required", "form.privacy.required");
    }

    @Test
    void errorsNameTheirFieldInTheReadersLanguage() {
        Map<String, Object> input = filled();
        input.put("cf", "RSSMRA80A01H501X");
        FieldError error = validate(input).errorsOf("cf").get(0);
        assertThat(FormMessages.render(error, DEFINITION, Locale.ITALIAN))
                .isEqualTo("Codice fiscale: codice fiscale non valido: il carattere di controllo non corrisponde");
        assertThat(FormMessages.render(error, DEFINITION, Locale.GERMAN))
                .isEqualTo("Steuernummer: ungültige Steuernummer: das Prüfzeichen stimmt nicht");
    }

    /** A range of times and one of dates, each end naming the field it must come after. */
    static final FormDefinition RANGES = FormDefinitions.parse("""
            {"sections": [{"id": "orari", "title": "Orari", "fields": [
              {"id": "dal", "kind": "DATE", "label": "Dal"},
              {"id": "al", "kind": "DATE", "label": "Al", "after": "dal"},
              {"id": "inizio", "kind": "TIME", "label": {"it": "Inizio", "en": "Start", "de": "Beginn"}},
              {"id": "fine", "kind": "TIME", "label": "Fine", "after": "inizio"}]}]}
            """);

    @ParameterizedTest
    @CsvSource({"10:00, 09:59", "10:00, 10:00", "23:30, 00:15"})
    void anEndTimeNotAfterItsStartIsRefusedOnTheEnd(String start, String end) {
        ValidationResult result = validator.validate(RANGES, Map.of("inizio", start, "fine", end));
        assertThat(result.errors())
                .extracting(FieldError::fieldId, FieldError::messageKey)
                .containsExactly(tuple("fine", "form.after"));
        assertThat(result.data().values()).doesNotContainKey("fine");
    }

    @Test
    void anEndAfterItsStartIsKept() {
        ValidationResult result = validator.validate(
                RANGES, Map.of("dal", "2025-06-10", "al", "11/06/2025", "inizio", "9:00", "fine", "09:01"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.data().get("fine")).isEqualTo(LocalTime.of(9, 1));
        assertThat(result.data().get("al")).isEqualTo(LocalDate.of(2025, 6, 11));
    }

    @Test
    void anEndDateNotAfterItsStartIsRefusedOnTheEnd() {
        assertThat(validator
                        .validate(RANGES, Map.of("dal", "2025-06-10", "al", "2025-06-10"))
                        .errors())
                .extracting(FieldError::fieldId, FieldError::messageKey)
                .containsExactly(tuple("al", "form.after"));
    }

    @Test
    void anEndWithoutAStartHasNothingToComeAfter() {
        assertThat(validator.validate(RANGES, Map.of("fine", "08:00")).errors()).isEmpty();
    }

    @Test
    void theRangeErrorNamesTheStartAndItsValueInTheReadersLanguage() {
        FieldError error = validator
                .validate(RANGES, Map.of("inizio", "14:30", "fine", "14:00"))
                .errors()
                .get(0);
        assertThat(FormMessages.render(error, RANGES, Locale.ITALIAN))
                .isEqualTo("Fine: deve venire dopo \"Inizio\" (14:30)");
        assertThat(FormMessages.render(error, RANGES, Locale.ENGLISH))
                .isEqualTo("Fine: must come after \"Start\" (14:30)");
        assertThat(FormMessages.render(error, RANGES, Locale.GERMAN))
                .isEqualTo("Fine: muss nach „Beginn“ liegen (14:30)");
    }

    @Test
    void theRangeRuleSurvivesTheRoundTrip() {
        assertThat(FormDefinitions.parse(FormDefinitions.toJson(RANGES))).isEqualTo(RANGES);
        assertThat(RANGES.field("fine").orElseThrow().rules().after()).isEqualTo("inizio");
    }
}
