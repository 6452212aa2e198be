package it.sportello.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

class TextDocumentTest {

    @Test
    void theDocumentCarriesIssuerTitleHeadingsAndTextWithAccentsAndEuro() throws Exception {
        byte[] pdf = TextDocument.render(
                "Comune di Bugliano",
                "Condizioni di servizio",
                "it",
                List.of(new TextDocument.Section(
                        "Costi", "Il rimborso è di 20,00 €.\n\n- marca da bollo\n- cartello")));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains(
                        "Comune di Bugliano",
                        "Condizioni di servizio",
                        "Costi",
                        "Il rimborso è di 20,00 €.",
                        "marca da bollo",
                        "cartello");
        assertThat(reader.getInfo()).containsEntry("Title", "Condizioni di servizio");
    }
}
