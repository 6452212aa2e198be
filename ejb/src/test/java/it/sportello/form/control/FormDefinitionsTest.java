package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormDefinitionsTest {

    /** One section of a form around the given fields, to test one thing at a time. */
    static String form(String fields) {
        return """
                {"sections": [{"id": "dati", "title": "Dati", "fields": [%s]}]}
                """.formatted(fields);
    }

    private static List<DefinitionProblem> problems(String json) {
        return FormDefinitions.problems(json);
    }

    @Test
    void aValidDefinitionIsRead() {
        FormDefinition definition = FormDefinitions.parse("""
                {"sections": [{"id": "richiesta", "title": {"it": "Richiesta", "en": "Request", "de": "Antrag"},
                  "fields": [
                    {"id": "tipo", "kind": "REQUEST_KIND", "label": "Tipo di richiesta", "required": true,
                     "requestKinds": ["ATTIVAZIONE", "RINNOVO"]},
                    {"id": "note", "kind": "LONG_TEXT", "label": "Note", "maxLength": 500,
                     "visibleWhen": {"field": "tipo", "equals": "RINNOVO"}}]}],
                 "payment": {"amount": "20.00", "reason": "Segnaletica"},
                 "stampDuties": [{"reason": "Istanza", "amount": 16}]}
                """);
        Field tipo = definition.fields().get(0);
        assertThat(tipo.options()).extracting(Option::value).containsExactly("ATTIVAZIONE", "RINNOVO");
        assertThat(definition.sections().get(0).title().in(Locale.GERMAN)).isEqualTo("Antrag");
        assertThat(definition.field("note").orElseThrow().visibleWhen())
                .isEqualTo(Condition.equalTo("tipo", "RINNOVO"));
        assertThat(definition.payment().amount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(definition.stampDutiesTotal()).isEqualTo(new BigDecimal("16.00"));
    }

    @Test
    void everyProblemIsReportedWithItsPathNotOnlyTheFirst() {
        List<DefinitionProblem> problems = problems(form("""
                {"id": "a", "kind": "WHATEVER", "label": "A"},
                {"id": "a", "kind": "TEXT", "label": "A bis"},
                {"id": "scelta", "kind": "SELECT", "label": "Scelta"}
                """));
        assertThat(problems)
                .extracting(DefinitionProblem::path, DefinitionProblem::messageKey)
                .containsExactly(
                        tuple("$.sections[0].fields[0].kind", "definition.kind.unknown"),
                        tuple("$.sections[0].fields[2].options", "definition.property.required_for_kind"),
                        tuple("$.sections[0].fields[1].id", "definition.id.duplicate"));
    }

    @Test
    void aCalendarSlotFieldNamesItsCalendarAndCountsWholeSlots() {
        FormDefinition definition = FormDefinitions.parse(form("""
                {"id": "fascia", "kind": "CALENDAR_SLOT", "calendar": "sala-civica", "min": 1, "max": 3, "label": "Fascia"}
                """));
        Field field = definition.field("fascia").orElseThrow();
        assertThat(field.calendar()).isEqualTo("sala-civica");
        assertThat(field.minSlots()).isEqualTo(1);
        assertThat(field.maxSlots()).isEqualTo(3);
        assertThat(FormDefinitions.parse(FormDefinitions.toJson(definition))
                        .field("fascia")
                        .orElseThrow())
                .isEqualTo(field);

        assertThat(problems(form("""
                        {"id": "senza", "kind": "CALENDAR_SLOT", "label": "Senza calendario"},
                        {"id": "mezza", "kind": "CALENDAR_SLOT", "calendar": "sala", "min": 0.5, "label": "Mezza"},
                        {"id": "testo", "kind": "TEXT", "calendar": "sala", "label": "Testo"}
                        """)))
                .extracting(DefinitionProblem::path, DefinitionProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("$.sections[0].fields[0].calendar", "definition.property.required_for_kind"),
                        tuple("$.sections[0].fields[1].min", "definition.number.positive_whole"),
                        tuple("$.sections[0].fields[2].calendar", "definition.property.not_for_kind"));
    }

    @Test
    void parseThrowsWithAllTheProblems() {
        assertThatThrownBy(() -> FormDefinitions.parse(form("{\"id\": \"x\", \"kind\": \"NOPE\"}")))
                .isInstanceOfSatisfying(
                        InvalidFormDefinitionException.class,
                        e -> assertThat(e.problems())
                                .extracting(DefinitionProblem::messageKey)
                                .containsExactly("definition.kind.unknown", "definition.property.missing"));
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() {
        assertThat(problems("{\"sections\": [\n  {\"id\": }]}")).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("definition.json.syntax");
            assertThat(problem.parameters().get(0)).isEqualTo(2L);
        });
    }

    @Test
    void unknownPropertiesAreReportedSoThatTyposShow() {
        assertThat(problems(form("{\"id\": \"x\", \"kind\": \"TEXT\", \"label\": \"X\", \"requird\": true}")))
                .extracting(DefinitionProblem::path)
                .containsExactly("$.sections[0].fields[0].requird");
    }

    @Test
    void aConditionOnAnUnknownFieldIsReported() {
        assertThat(problems(form("""
                {"id": "x", "kind": "TEXT", "label": "X", "visibleWhen": {"field": "ruolo", "equals": "delegato"}}
                """)))
                .extracting(DefinitionProblem::path, DefinitionProblem::messageKey)
                .containsExactly(tuple("$.sections[0].fields[0].visibleWhen.field", "definition.reference.unknown"));
    }

    @Test
    void aConditionOnALaterFieldIsReported() {
        assertThat(problems(form("""
                {"id": "x", "kind": "TEXT", "label": "X", "visibleWhen": {"field": "y", "checked": true}},
                {"id": "y", "kind": "PRIVACY", "label": "Y", "text": "Informativa"}
                """)))
                .extracting(DefinitionProblem::messageKey)
                .containsExactly("definition.reference.forward");
    }

    @Test
    void aConditionOnAValueThatIsNotAnOptionIsReported() {
        assertThat(problems(form("""
                {"id": "ruolo", "kind": "RADIO", "label": "Ruolo", "options": [{"value": "delegato", "label": "Delegato"}]},
                {"id": "x", "kind": "TEXT", "label": "X", "visibleWhen": {"field": "ruolo", "equals": "delegata"}}
                """)))
                .extracting(DefinitionProblem::messageKey)
                .containsExactly("definition.condition.value_unknown");
    }

    @Test
    void aConditionNeedsExactlyOneTest() {
        assertThat(problems(form("""
                {"id": "a", "kind": "TEXT", "label": "A"},
                {"id": "x", "kind": "TEXT", "label": "X", "visibleWhen": {"field": "a", "equals": "1", "in": ["2"]}}
                """)))
                .extracting(DefinitionProblem::messageKey)
                .containsExactly("definition.condition.one_test");
    }

    @Test
    void aSectionConditionMayOnlyReadFieldsOfEarlierSections() {
        assertThat(problems("""
                {"sections": [
                  {"id": "uno", "title": "Uno", "fields": [{"id": "a", "kind": "TEXT", "label": "A"}]},
                  {"id": "due", "title": "Due", "visibleWhen": {"field": "b", "checked": true},
                   "fields": [{"id": "b", "kind": "TEXT", "label": "B"}]}]}
                """))
                .extracting(DefinitionProblem::path, DefinitionProblem::messageKey)
                .containsExactly(tuple("$.sections[1].visibleWhen.field", "definition.reference.forward"));
    }

    @Test
    void anExpressionWithASyntaxErrorIsReportedWithItsPosition() {
        assertThat(
                        problems(
                                form(
                                        "{\"id\": \"c\", \"kind\": \"COMPUTED_AMOUNT\", \"label\": \"C\", \"expression\": \"16 * * 2\"}")))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("$.sections[0].fields[0].expression");
                    assertThat(problem.messageKey()).isEqualTo("definition.expression.syntax");
                    assertThat(problem.parameters()).containsExactly(6, "*");
                });
    }

    @Test
    void anExpressionReadingAnUnknownFieldIsReported() {
        assertThat(
                        problems(
                                form(
                                        "{\"id\": \"c\", \"kind\": \"COMPUTED_AMOUNT\", \"label\": \"C\", \"expression\": \"copie * 16\"}")))
                .extracting(
                        DefinitionProblem::messageKey,
                        problem -> problem.parameters().get(0))
                .containsExactly(tuple("definition.reference.unknown", "copie"));
    }

    @Test
    void aTemplateReadingAnUnknownFieldIsReportedForItsLanguage() {
        assertThat(problems(form("""
                {"id": "t", "kind": "COMPUTED_TEXT", "label": "T",
                 "text": {"it": "Durata {1} anni", "en": "Duration {anni} years"}}
                """)))
                .extracting(DefinitionProblem::path)
                .containsExactly("$.sections[0].fields[0].text.en");
    }

    @Test
    void aPatternThatDoesNotCompileIsReported() {
        assertThat(problems(form(
                        "{\"id\": \"targa\", \"kind\": \"TEXT\", \"label\": \"Targa\", \"pattern\": \"[A-Z{2}\"}")))
                .extracting(DefinitionProblem::path, DefinitionProblem::messageKey)
                .containsExactly(tuple("$.sections[0].fields[0].pattern", "definition.pattern.invalid"));
    }

    @Test
    void aMinimumAboveTheMaximumIsReported() {
        assertThat(problems(form("""
                {"id": "n", "kind": "NUMBER", "label": "N", "min": 10, "max": 1},
                {"id": "t", "kind": "TEXT", "label": "T", "minLength": 5, "maxLength": 2},
                {"id": "d", "kind": "DATE", "label": "D", "minDate": "2025-12-31", "maxDate": "2025-01-01"}
                """)))
                .extracting(DefinitionProblem::path)
                .containsExactly(
                        "$.sections[0].fields[0].min",
                        "$.sections[0].fields[1].minLength",
                        "$.sections[0].fields[2].minDate");
    }

    @Test
    void aRuleThatDoesNotApplyToTheKindIsReported() {
        assertThat(problems(form("{\"id\": \"d\", \"kind\": \"DATE\", \"label\": \"D\", \"max\": 3}")))
                .extracting(DefinitionProblem::messageKey)
                .containsExactly("definition.property.not_for_kind");
    }

    @Test
    void aDateBoundMustBeWrittenAsDocumentedAndReferADateField() {
        assertThat(problems(form("""
                {"id": "n", "kind": "NUMBER", "label": "N"},
                {"id": "d", "kind": "DATE", "label": "D", "minDate": "today+2w", "maxDate": "n+1d"}
                """)))
                .extracting(DefinitionProblem::messageKey)
                .containsExactly("definition.date_bound.invalid", "definition.date_bound.not_date");
    }

    @Test
    void afterMustNameAnEarlierFieldOfTheSameKindAndSuitOnlyDatesAndTimes() {
        assertThat(problems(form("""
                {"id": "d", "kind": "DATE", "label": "D"},
                {"id": "t", "kind": "TIME", "label": "T", "after": "d"},
                {"id": "u", "kind": "TIME", "label": "U", "after": "v"},
                {"id": "v", "kind": "TIME", "label": "V"},
                {"id": "n", "kind": "NUMBER", "label": "N", "after": "v"},
                {"id": "w", "kind": "TIME", "label": "W", "after": "nessuno"}
                """)))
                .extracting(DefinitionProblem::path, DefinitionProblem::messageKey)
                .containsExactly(
                        tuple("$.sections[0].fields[4].after", "definition.property.not_for_kind"),
                        tuple("$.sections[0].fields[1].after", "definition.after.other_kind"),
                        tuple("$.sections[0].fields[2].after", "definition.reference.forward"),
                        tuple("$.sections[0].fields[5].after", "definition.reference.unknown"));
    }

    @Test
    void optionsMustBeGivenAndUnique() {
        assertThat(problems(form("""
                {"id": "a", "kind": "CHECKBOXES", "label": "A", "options": []},
                {"id": "b", "kind": "RADIO", "label": "B", "options": [{"value": "x", "label": "X"}, {"value": "x", "label": "Y"}]}
                """)))
                .extracting(DefinitionProblem::path, DefinitionProblem::messageKey)
                .containsExactly(
                        tuple("$.sections[0].fields[0].options", "definition.options.empty"),
                        tuple("$.sections[0].fields[1].options[1].value", "definition.option.duplicate"));
    }

    @Test
    void unknownRequestKindsAndFileTypesAreReported() {
        assertThat(problems(form("""
                {"id": "a", "kind": "REQUEST_KIND", "label": "A", "requestKinds": ["RINNOVO", "CANCELLAZIONE"]},
                {"id": "b", "kind": "FILE", "label": "B", "accept": ["pdf", "exe"]}
                """)))
                .extracting(DefinitionProblem::path)
                .containsExactly("$.sections[0].fields[0].requestKinds[1]", "$.sections[0].fields[1].accept[1]");
    }

    @Test
    void aFieldIdMustBeUsableInFormulas() {
        assertThat(problems(form("{\"id\": \"Data Inizio\", \"kind\": \"DATE\", \"label\": \"D\"}")))
                .extracting(DefinitionProblem::messageKey)
                .containsExactly("definition.id.invalid");
    }

    @Test
    void aPaymentNeedsOneAmountAndItsFieldMustBeAComputedAmount() {
        assertThat(problems("""
                {"sections": [{"id": "s", "title": "S", "fields": [{"id": "n", "kind": "NUMBER", "label": "N"}]}],
                 "payment": {"amountField": "n", "reason": "Diritti"}}
                """))
                .extracting(DefinitionProblem::path, DefinitionProblem::messageKey)
                .containsExactly(tuple("$.payment.amountField", "definition.payment.amount_field"));
        assertThat(problems("""
                {"sections": [{"id": "s", "title": "S", "fields": [{"id": "n", "kind": "NUMBER", "label": "N"}]}],
                 "payment": {"amount": 5, "amountField": "n", "reason": "Diritti"}}
                """))
                .extracting(DefinitionProblem::messageKey)
                .containsExactly("definition.payment.one_amount");
    }

    @Test
    void aLabelNeedsItsItalianText() {
        assertThat(problems(form("{\"id\": \"x\", \"kind\": \"TEXT\", \"label\": {\"en\": \"X\"}}")))
                .extracting(DefinitionProblem::path)
                .containsExactly("$.sections[0].fields[0].label.it");
    }

    @Test
    void aDefinitionWrittenAsJsonIsReadBackEqual() {
        FormDefinition definition = FormDefinitions.parse(DemoFormsTest.read("permesso-passo-carrabile"));
        FormDefinition again = FormDefinitions.parse(FormDefinitions.toJson(definition));
        assertThat(again).isEqualTo(definition);
    }

    @Test
    void everyKindSurvivesTheRoundTrip() {
        FormDefinition definition = FormDefinitions.parse(FormValidatorTest.ALL_KINDS);
        assertThat(FormDefinitions.parse(FormDefinitions.toJson(definition))).isEqualTo(definition);
    }
}
