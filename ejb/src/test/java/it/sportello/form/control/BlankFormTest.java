package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

class BlankFormTest {

    private static final FormDefinition FORM = FormDefinitions.parse("""
            {"sections": [
              {"id": "richiesta", "title": {"it": "Richiesta", "de": "Antrag"}, "fields": [
                {"id": "tipo", "kind": "REQUEST_KIND", "required": true, "label": {"it": "Tipo", "de": "Art"},
                 "requestKinds": ["ATTIVAZIONE", "RINNOVO"]},
                {"id": "larghezza", "kind": "NUMBER", "label": {"it": "Larghezza in metri", "de": "Breite in Metern"}},
                {"id": "costo", "kind": "COMPUTED_AMOUNT", "expression": "16 * 2", "label": {"it": "Costo totale", "de": "Gesamtkosten"}},
                {"id": "luogo", "kind": "ADDRESS", "label": {"it": "Ubicazione", "de": "Lage"}},
                {"id": "pianta", "kind": "FILE", "label": {"it": "Planimetria", "de": "Lageplan"}}]},
              {"id": "delega", "title": "Delega", "visibleWhen": {"field": "tipo", "equals": "RINNOVO"}, "fields": [
                {"id": "delegato", "kind": "TEXT", "label": "Nome del delegato"}]}]}
            """);

    @Test
    void everyFieldButTheComputedOnesIsPrintedWithRoomToWriteOrChoicesToTick() throws Exception {
        byte[] pdf = BlankForm.render(FORM, "Comune di Bugliano", "Permesso per passo carrabile", Locale.ITALIAN);

        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString())
                .contains(
                        "Permesso per passo carrabile",
                        "Richiesta",
                        "Tipo *",
                        "[ ] Attivazione",
                        "[ ] Rinnovo",
                        "Larghezza in metri: ____",
                        "Ubicazione",
                        "CAP",
                        "Planimetria: allegare il documento",
                        "Delega",
                        "Da compilare solo se",
                        "Nome del delegato")
                .doesNotContain("Costo totale");
    }

    @Test
    void theBlankFormSpeaksTheReadersLanguage() {
        String markup = BlankForm.markup(FORM.sections().get(0), Locale.GERMAN);

        assertThat(markup).contains("Art *", "Breite in Metern", "Dokument beilegen", "PLZ");
    }
}
