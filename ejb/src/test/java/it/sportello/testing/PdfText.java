package it.sportello.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** Reads back the text of a PDF, the way a person reads the document they downloaded. */
public final class PdfText {

    private PdfText() {}

    /**
     * The text of every page, each run of white space (line ends included) as one space, so that
     * a sentence the layout wrapped reads as it was written. A hyphenated word broken at the end
     * of a line (a booking code, say) keeps the space: look for it in the text without spaces.
     */
    public static String of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ").strip();
        } finally {
            reader.close();
        }
    }

    public static String of(Path pdf) throws IOException {
        return of(Files.readAllBytes(pdf));
    }
}
