package it.sportello.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import it.sportello.payment.entity.NoticeNumber;
import it.sportello.testing.PdfQrCodes;

class PaymentNoticeTest {

    private static final NoticeNumber NUMBER = NoticeNumber.issue("01", 1);
    private static final PaymentNotice.Content CONTENT = new PaymentNotice.Content(
            "Comune di Bugliano",
            "00000000000",
            "Mario Rossi",
            "RSSMRA80A01H501U",
            "Via Roma 1, 56031 Bugliano (PI)",
            "Cartello passo carrabile - Mario Rossi",
            new BigDecimal("20.00"),
            LocalDate.of(2026, 4, 1),
            NUMBER,
            NUMBER.iuv(),
            "45e095d138e34cf98619ec128ff06c0f");

    @Test
    void theNoticeCarriesCreditorRecipientSubjectAmountDueDateAndCodiceAvviso() throws IOException {
        PdfReader reader = new PdfReader(PaymentNotice.notice(CONTENT, Locale.ITALIAN));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);

        assertThat(text)
                .contains(
                        "Avviso di pagamento pagoPA",
                        "Comune di Bugliano",
                        "00000000000",
                        "Mario Rossi",
                        "RSSMRA80A01H501U",
                        "Cartello passo carrabile",
                        "20,00",
                        "01/04/2026",
                        "3010 0000 0000 0001 44",
                        "Dove pagare");
    }

    @Test
    void theQrCodeInsideTheNoticeDecodesToThePagoPaPayload() throws Exception {
        assertThat(PdfQrCodes.read(PaymentNotice.notice(CONTENT, Locale.ITALIAN)))
                .containsExactly("PAGOPA|002|301000000000000144|00000000000|2000");
    }

    @Test
    void aReceiptSaysWhenAndHowItWasPaid() throws IOException {
        byte[] pdf = PaymentNotice.receipt(
                CONTENT,
                new PaymentNotice.Receipt(
                        "SIM-1", java.time.Instant.parse("2026-03-02T10:00:00Z"), BigDecimal.ONE, "PAGOPA"),
                Locale.ITALIAN,
                java.time.ZoneId.of("Europe/Rome"));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);

        assertThat(text).contains("Ricevuta di pagamento pagoPA", "02/03/2026 11:00", "SIM-1", "1,00");
    }

    @Test
    void theNoticeWritesItsApostrophesOnce() throws IOException {
        String text =
                new PdfTextExtractor(new PdfReader(PaymentNotice.notice(CONTENT, Locale.ITALIAN))).getTextFromPage(1);

        assertThat(text)
                .contains("Destinatario dell'avviso", "nell'area personale", "l'app IO")
                .doesNotContain("''");
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void neitherTheNoticeNorTheReceiptShowsADoubledApostrophe(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        byte[] notice = PaymentNotice.notice(CONTENT, locale);
        byte[] receipt = PaymentNotice.receipt(
                CONTENT,
                new PaymentNotice.Receipt("SIM-1", java.time.Instant.parse("2026-03-02T10:00:00Z"), null, "REGISTERED"),
                locale,
                java.time.ZoneId.of("Europe/Rome"));

        assertThat(new PdfTextExtractor(new PdfReader(notice)).getTextFromPage(1))
                .doesNotContain("''");
        assertThat(new PdfTextExtractor(new PdfReader(receipt)).getTextFromPage(1))
                .doesNotContain("''");
    }
}
