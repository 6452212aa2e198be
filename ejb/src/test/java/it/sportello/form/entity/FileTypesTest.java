package it.sportello.form.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class FileTypesTest {

    private static final byte[] PDF_HEAD = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

    /** A whole, minimal PDF: header, catalog, pages, cross-reference table and trailer. */
    private static final byte[] PDF = ("%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                    + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\nxref\n0 3\n0000000000 65535 f \n"
                    + "0000000009 00000 n \n0000000058 00000 n \ntrailer <</Size 3 /Root 1 0 R>>\nstartxref\n110\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** The signature and IHDR chunk of a 1x1 PNG. */
    private static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        0x0D,
        0x0A,
        0x1A,
        0x0A,
        0,
        0,
        0,
        0x0D,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0,
        0x1F,
        0x15,
        (byte) 0xC4,
        (byte) 0x89
    };

    /** SOI and the JFIF APP0 segment of a JPEG. */
    private static final byte[] JPEG = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0
    };

    /** ContentInfo SEQUENCE with definite length (0x82 0x0A 0x3B), contentType signedData. */
    private static final byte[] P7M_DER = {
        0x30,
        (byte) 0x82,
        0x0A,
        0x3B,
        0x06,
        0x09,
        0x2A,
        (byte) 0x86,
        0x48,
        (byte) 0x86,
        (byte) 0xF7,
        0x0D,
        0x01,
        0x07,
        0x02,
        (byte) 0xA0,
        (byte) 0x82
    };

    /** The same in BER with indefinite length, as some signing tools write it. */
    private static final byte[] P7M_BER = {
        0x30,
        (byte) 0x80,
        0x06,
        0x09,
        0x2A,
        (byte) 0x86,
        0x48,
        (byte) 0x86,
        (byte) 0xF7,
        0x0D,
        0x01,
        0x07,
        0x02,
        (byte) 0xA0,
        (byte) 0x80
    };

    /** A SEQUENCE with contentType data (1.2.840.113549.1.7.1): CMS, but not a signature. */
    private static final byte[] CMS_DATA = {
        0x30, (byte) 0x80, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x07, 0x01
    };

    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
    };

    private static byte[] zip(String firstEntry, String firstContent, boolean stored, String... others)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(firstEntry);
            byte[] content = firstContent.getBytes(StandardCharsets.US_ASCII);
            if (stored) {
                // ODF requires its mimetype entry uncompressed, so that it can be read at a fixed offset.
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
            for (String other : others) {
                zip.putNextEntry(new ZipEntry(other));
                zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aPdfIsRecognised() {
        assertThat(FileTypes.detect(PDF)).containsExactly(FileType.PDF);
    }

    @Test
    void aPngIsRecognised() {
        assertThat(FileTypes.detect(PNG)).containsExactly(FileType.PNG);
    }

    @Test
    void aJpegIsRecognised() {
        assertThat(FileTypes.detect(JPEG)).containsExactly(FileType.JPEG);
    }

    @Test
    void aSignedP7mIsRecognisedInDerAndBer() {
        assertThat(FileTypes.detect(P7M_DER)).containsExactly(FileType.P7M);
        assertThat(FileTypes.detect(P7M_BER)).containsExactly(FileType.P7M);
    }

    @Test
    void cmsContentThatIsNotSignedDataIsNotAP7m() {
        assertThat(FileTypes.detect(CMS_DATA)).doesNotContain(FileType.P7M);
    }

    @Test
    void anOle2FileMayBeADocOrAnXls() {
        assertThat(FileTypes.detect(OLE2)).containsExactlyInAnyOrder(FileType.DOC, FileType.XLS);
        assertThat(FileTypes.identify("bilancio.xls", OLE2)).contains(FileType.XLS);
    }

    @Test
    void aDocxIsRecognisedByItsEntries() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "<Types/>", false, "_rels/.rels", "word/document.xml");
        assertThat(FileTypes.detect(docx)).containsExactlyInAnyOrder(FileType.DOCX, FileType.ZIP);
        assertThat(FileTypes.identify("lettera.docx", docx)).contains(FileType.DOCX);
    }

    @Test
    void anXlsxIsRecognisedByItsEntries() throws IOException {
        byte[] xlsx = zip("[Content_Types].xml", "<Types/>", false, "_rels/.rels", "xl/workbook.xml");
        assertThat(FileTypes.detect(xlsx)).containsExactlyInAnyOrder(FileType.XLSX, FileType.ZIP);
    }

    @Test
    void odtAndOdsAreRecognisedByTheirMimetypeEntry() throws IOException {
        assertThat(FileTypes.detect(zip("mimetype", "application/vnd.oasis.opendocument.text", true, "content.xml")))
                .containsExactlyInAnyOrder(FileType.ODT, FileType.ZIP);
        assertThat(FileTypes.detect(
                        zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", true, "content.xml")))
                .containsExactlyInAnyOrder(FileType.ODS, FileType.ZIP);
    }

    @Test
    void anyOtherArchiveIsAZip() throws IOException {
        byte[] zip = zip("foto.jpg", "not really", false);
        assertThat(FileTypes.detect(zip)).containsExactly(FileType.ZIP);
        assertThat(FileTypes.identify("archivio.zip", zip)).contains(FileType.ZIP);
        assertThat(FileTypes.identify("lettera.docx", zip))
                .as("a zip is not a letter because its name says so")
                .isEmpty();
    }

    @Test
    void rtfAndXmlAreRecognised() {
        assertThat(FileTypes.detect("{\\rtf1\\ansi Ciao}".getBytes(StandardCharsets.US_ASCII)))
                .containsExactly(FileType.RTF);
        assertThat(FileTypes.detect("\uFEFF<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8)))
                .contains(FileType.XML);
    }

    @Test
    void plainTextMayBeCsvOrTxtAndTheNameDecides() {
        byte[] csv = "nome;cognome\nMario;Rossi\nAnnalisa;Müller\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FileTypes.detect(csv)).containsExactlyInAnyOrder(FileType.TXT, FileType.CSV);
        assertThat(FileTypes.identify("elenco.csv", csv)).contains(FileType.CSV);
        assertThat(FileTypes.identify("elenco.txt", csv)).contains(FileType.TXT);
    }

    @Test
    void aNameDoesNotMakeAnExecutableADocument() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        assertThat(FileTypes.detect(exe)).isEmpty();
        assertThat(FileTypes.identify("domanda.pdf", exe)).isEmpty();
    }

    @Test
    void anEmptyFileIsOfNoType() {
        assertThat(FileTypes.detect(new byte[0])).isEmpty();
    }

    @Test
    void fileTypesAreNamedByExtension() {
        assertThat(FileType.named("JPG")).contains(FileType.JPEG);
        assertThat(FileType.ofFileName("Scansione.PDF")).contains(FileType.PDF);
        assertThat(FileType.ofFileName("senza-estensione")).isEmpty();
    }

    @Test
    void aFileIsOfTheTypeItsExtensionSaysOrOfNone() {
        byte[] text = "<html><body>Non sono un PDF</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(FileTypes.identify("relazione.pdf", text))
                .as("text named as a PDF")
                .isEmpty();
        assertThat(FileTypes.identify("pagina.html", text))
                .as("an extension of no type we take")
                .isEmpty();
        assertThat(FileTypes.identify("pagina.txt", text)).contains(FileType.TXT);
    }

    @Test
    void aNameWithoutAnExtensionTakesTheFirstAllowedTypeOfTheContent() {
        byte[] csv = "nome;cognome\nMario;Rossi\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FileTypes.identify("scansione", PDF_HEAD)).contains(FileType.PDF);
        assertThat(FileTypes.identify("C.I. Mario Rossi", PDF_HEAD))
                .as("dots that make no extension")
                .contains(FileType.PDF);
        assertThat(FileTypes.identify("elenco", csv, Set.of(FileType.CSV))).contains(FileType.CSV);
        assertThat(FileTypes.identify("elenco.csv", csv, Set.of(FileType.TXT)))
                .as("a type not allowed")
                .isEmpty();
    }

    @Test
    void anArchiveThatUnpacksToFarMoreThanItsSizeIsABomb() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("zeri.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] modest = zip("lettera.txt", "Gentile ufficio, allego la documentazione richiesta.", false);

        assertThat(bomb.size()).as("20 MB of zeros packed").isLessThan(200_000);
        assertThat(FileTypes.expandsSafely(bomb.toByteArray())).isFalse();
        assertThat(FileTypes.expandsSafely(modest)).isTrue();
        assertThat(FileTypes.isArchive(FileType.DOCX)).isTrue();
        assertThat(FileTypes.isArchive(FileType.PDF)).isFalse();
    }
}
