package it.sportello.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import it.sportello.platform.text.TextBlock;

/**
 * A plain A4 document: the issuer on top, a title, then headed sections of text written in the
 * card markup ({@link TextBlock}). Used for documents that are texts the municipality wrote,
 * such as a service's conditions.
 */
public final class TextDocument {

    private static final Font ISSUER = font(10, Font.NORMAL);
    private static final Font TITLE = font(16, Font.BOLD);
    private static final Font HEADING = font(12, Font.BOLD);
    private static final Font BODY = font(10, Font.NORMAL);

    /** A headed section; the heading may be {@code null}. */
    public record Section(String heading, String markup) {}

    private TextDocument() {}

    public static byte[] render(String issuer, String title, String language, List<Section> sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
            document.addTitle(title);
            document.addAuthor(issuer);
            document.open();
            document.add(new Paragraph(issuer, ISSUER));
            Paragraph heading = new Paragraph(title, TITLE);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(12);
            document.add(heading);
            for (Section section : sections) {
                if (section.heading() != null) {
                    Paragraph sectionHeading = new Paragraph(section.heading(), HEADING);
                    sectionHeading.setSpacingBefore(10);
                    document.add(sectionHeading);
                }
                for (TextBlock block : TextBlock.parse(section.markup())) {
                    document.add(block.list() ? list(block) : paragraph(block.text()));
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the document " + title, e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setSpacingBefore(6);
        return paragraph;
    }

    private static com.lowagie.text.List list(TextBlock block) {
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
        list.setListSymbol("\u2022");
        for (String line : block.lines()) {
            list.add(new ListItem(line, BODY));
        }
        return list;
    }

    private static Font font(float size, int style) {
        // Windows-1252 covers Italian and German letters and the euro sign with the standard fonts.
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, size, style);
    }
}
