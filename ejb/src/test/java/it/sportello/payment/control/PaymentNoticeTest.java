package it.sportello.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

class PaymentNoticeTest {

    private static final NoticeNumber NUMBER = NoticeNumber.issue("01", 1);
    private static final PaymentNotice.Content CONTENT = new PaymentNotice.Content("Comune di Bugliano", "00000000000",
            "Mario Rossi", "RSSMRA80A01H501U", "Via Roma 1, 56031 Bugliano (PI)", "Cartello passo carrabile - Mario Rossi",
            new BigDecimal("20.00"), LocalDate.of(2026, 4, 1), NUMBER, NUMBER.iuv(), "45e095d138e34cf98619ec128ff06c0f");

    @Test
    void theNoticeCarriesCreditorRecipientSubjectAmountDueDateAndCodiceAvviso() throws IOException {
        PdfReader reader = new PdfReader(PaymentNotice.notice(CONTENT, Locale.ITALIAN));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);

        assertThat(text).contains("Avviso di pagamento pagoPA", "Comune di Bugliano", "00000000000", "Mario Rossi",
                "RSSMRA80A01H501U", "Cartello passo carrabile", "20,00", "01/04/2026", "3010 0000 0000 0001 44", "Dove pagare");
    }

    @Test
    void theQrCodeInsideTheNoticeDecodesToThePagoPaPayload() throws Exception {
        PdfReader reader = new PdfReader(PaymentNotice.notice(CONTENT, Locale.ITALIAN));

        List<String> decoded = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PRStream stream && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                decoded.add(decode(stream));
            }
        }

        assertThat(decoded).containsExactly("PAGOPA|002|301000000000000144|00000000000|2000");
    }

    @Test
    void aReceiptSaysWhenAndHowItWasPaid() throws IOException {
        byte[] pdf = PaymentNotice.receipt(CONTENT, new PaymentNotice.Receipt("SIM-1", java.time.Instant.parse("2026-03-02T10:00:00Z"),
                BigDecimal.ONE, "PAGOPA"), Locale.ITALIAN, java.time.ZoneId.of("Europe/Rome"));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);

        assertThat(text).contains("Ricevuta di pagamento pagoPA", "02/03/2026 11:00", "SIM-1", "1,00");
    }

    /** The image as the PDF stores it (one bit per pixel, 8-bit grey or RGB), read back into pixels. */
    private static String decode(PRStream stream) throws IOException, NotFoundException, com.google.zxing.ChecksumException,
            com.google.zxing.FormatException {
        PdfDictionary dictionary = stream;
        int width = dictionary.getAsNumber(PdfName.WIDTH).intValue();
        int height = dictionary.getAsNumber(PdfName.HEIGHT).intValue();
        int bits = dictionary.getAsNumber(PdfName.BITSPERCOMPONENT).intValue();
        byte[] data = PdfReader.getStreamBytes(stream);
        int components = PdfName.DEVICERGB.equals(dictionary.get(PdfName.COLORSPACE)) ? 3 : 1;
        int rowBytes = (width * bits * components + 7) / 8;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grey;
                if (bits == 1) {
                    int bit = (data[y * rowBytes + x / 8] >> (7 - x % 8)) & 1;
                    grey = bit == 1 ? 255 : 0;
                } else {
                    grey = data[y * rowBytes + x * components] & 0xFF;
                }
                pixels[y * width + x] = 0xFF000000 | grey << 16 | grey << 8 | grey;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
