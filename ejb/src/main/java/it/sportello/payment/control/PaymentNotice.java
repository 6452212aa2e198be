package it.sportello.payment.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import it.sportello.payment.entity.NoticeNumber;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentCode;
import it.sportello.platform.i18n.Texts;

/**
 * The printable pagoPA notice ("avviso di pagamento") and, for a paid position, its receipt: the
 * creditor and its tax code, the recipient and codice fiscale, the subject, the amount, the due
 * date, the codice avviso with its QR code, and where to pay. Texts come from the {@code notice}
 * bundle of this package.
 */
public final class PaymentNotice {

    public static final String BUNDLE = "it.sportello.payment.control.notice";
    /** Side of the QR code image in pixels: pagoPA asks for at least 2.5 cm printed. */
    static final int QR_SIZE = 300;

    private static final Font SMALL = font(9, Font.NORMAL);
    private static final Font BODY = font(10, Font.NORMAL);
    private static final Font LABEL = font(9, Font.BOLD);
    private static final Font TITLE = font(16, Font.BOLD);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** What the notice says, independent of where it is stored. */
    public record Content(
            String creditor,
            String creditorTaxCode,
            String payerName,
            String payerFiscalCode,
            String payerAddress,
            String subject,
            BigDecimal amount,
            LocalDate dueDate,
            NoticeNumber noticeNumber,
            String iuv,
            String iud) {

        /** What the notice of a position with its codice avviso says, for the given creditor. */
        public static Content of(Payment payment, String creditor, String creditorTaxCode) {
            return new Content(
                    creditor,
                    creditorTaxCode,
                    payment.getPayerName(),
                    payment.getPayerFiscalCode(),
                    payment.getPayerAddress(),
                    payment.getReason(),
                    payment.getAmount(),
                    payment.getDueDate(),
                    payment.getNoticeNumber().orElseThrow(),
                    payment.getIuv(),
                    payment.getIud());
        }
    }

    /** The receipt data of a paid position. */
    public record Receipt(String receiptId, Instant paidAt, BigDecimal fee, String channel) {}

    private PaymentNotice() {}

    /** The notice to pay, with the QR code. */
    public static byte[] notice(Content content, Locale locale) {
        return render(content, null, locale, ZoneId.of("Europe/Rome"));
    }

    /** The receipt of a paid position ("ricevuta"). */
    public static byte[] receipt(Content content, Receipt receipt, Locale locale, ZoneId zone) {
        return render(content, receipt, locale, zone);
    }

    private static byte[] render(Content content, Receipt receipt, Locale locale, ZoneId zone) {
        Texts texts = Texts.of(BUNDLE, locale);
        NumberFormat euro = NumberFormat.getCurrencyInstance(Locale.ITALY);
        String title = texts.get(receipt == null ? "notice.title" : "receipt.title");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            document.addTitle(title);
            document.addAuthor(content.creditor());
            document.open();
            document.add(new Paragraph(content.creditor(), BODY));
            Paragraph heading = new Paragraph(title, TITLE);
            heading.setSpacingBefore(8);
            heading.setSpacingAfter(4);
            document.add(heading);
            document.add(new Paragraph(content.subject(), BODY));

            PdfPTable parties = new PdfPTable(2);
            parties.setWidthPercentage(100);
            parties.setSpacingBefore(14);
            parties.addCell(cell(
                    texts.get("notice.creditor"),
                    content.creditor() + "\n" + texts.get("notice.tax_code", content.creditorTaxCode())));
            parties.addCell(cell(
                    texts.get("notice.recipient"),
                    content.payerName() + "\n"
                            + texts.get("notice.fiscal_code", content.payerFiscalCode())
                            + (content.payerAddress() == null ? "" : "\n" + content.payerAddress())));
            document.add(parties);

            PdfPTable numbers = new PdfPTable(new float[] {3, 2});
            numbers.setWidthPercentage(100);
            numbers.setSpacingBefore(14);
            String details = texts.get("notice.amount") + "\n" + euro.format(content.amount()) + "\n\n"
                    + texts.get("notice.due_date") + " " + DAY.format(content.dueDate()) + "\n\n"
                    + texts.get("notice.number") + "\n" + content.noticeNumber().grouped() + "\n\n"
                    + texts.get("notice.iuv") + " " + content.iuv() + "\n"
                    + texts.get("notice.iud") + " " + content.iud();
            if (receipt != null) {
                details += "\n\n" + texts.get("receipt.paid_at") + " "
                        + MOMENT.format(receipt.paidAt().atZone(zone))
                        + "\n" + texts.get("receipt.id") + " " + receipt.receiptId() + "\n"
                        + texts.get("receipt.channel") + " " + texts.get("receipt.channel." + receipt.channel())
                        + (receipt.fee() == null
                                ? ""
                                : "\n" + texts.get("receipt.fee") + " " + euro.format(receipt.fee()));
            }
            PdfPCell data = cell(null, details);
            numbers.addCell(data);
            PdfPCell qr = new PdfPCell(
                    Image.getInstance(
                            qrCode(new PaymentCode(content.noticeNumber(), content.creditorTaxCode(), content.amount())
                                    .text())),
                    true);
            qr.setBorder(0);
            qr.setPadding(8);
            numbers.addCell(qr);
            document.add(numbers);

            if (receipt == null) {
                Paragraph where = new Paragraph(texts.get("notice.where.title"), LABEL);
                where.setSpacingBefore(16);
                document.add(where);
                document.add(new Paragraph(texts.get("notice.where.online"), SMALL));
                document.add(new Paragraph(texts.get("notice.where.territory"), SMALL));
                document.add(new Paragraph(texts.get("notice.where.qr"), SMALL));
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot write the notice " + content.noticeNumber(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The QR code of a payload as a PNG image, black on white with the quiet zone pagoPA asks for. */
    public static byte[] qrCode(String payload) {
        try {
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
            hints.put(EncodeHintType.MARGIN, 4);
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE, hints);
            BufferedImage image =
                    new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + payload, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell cell(String label, String text) {
        Paragraph paragraph = new Paragraph();
        if (label != null) {
            paragraph.add(new Paragraph(label, LABEL));
        }
        paragraph.add(new Paragraph(text, BODY));
        PdfPCell cell = new PdfPCell(paragraph);
        cell.setPadding(8);
        return cell;
    }

    private static Font font(float size, int style) {
        // Windows-1252 covers Italian and German letters and the euro sign with the standard fonts.
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, size, style);
    }
}
