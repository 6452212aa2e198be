package it.sportello.form.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

/**
 * Tells the type of a file from its first bytes, because a name or a declared media type is
 * whatever the sender wants it to be.
 *
 * <p>Some types cannot be told apart from the head alone, so {@link #detect(byte[])} answers with
 * every type the content is compatible with, and {@link #identify(String, byte[])} picks the one
 * the file name claims when it is among them:
 * <ul>
 * <li>DOC and XLS share the OLE2 compound file container: both are reported;
 * <li>DOCX, XLSX, ODT and ODS are ZIP archives: ODF is recognised by its leading {@code mimetype}
 * entry, OOXML by a {@code word/} or {@code xl/} entry name in the head; ZIP is always reported
 * too, and an archive that shows neither is reported as ZIP only ("zip family");
 * <li>CSV is plain text: text that is valid UTF-8 (or Latin-1 without control characters) is
 * reported as TXT and CSV.
 * </ul>
 * A P7M is recognised as DER or BER encoded CMS SignedData (OID 1.2.840.113549.1.7.2); a
 * Base64-armoured P7M is not.
 */
public final class FileTypes {

    /** How many leading bytes {@link #detect(byte[])} looks at; pass at least these. */
    public static final int HEAD_LENGTH = 8192;

    /** How many times its size an archive may unpack to, as Apache POI also allows for office files. */
    public static final long MAX_EXPANSION = 100;

    /** A file name's extension: a dot, then one to five letters or digits at the end. */
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    private static final Set<FileType> ARCHIVES =
            EnumSet.of(FileType.ZIP, FileType.DOCX, FileType.XLSX, FileType.ODT, FileType.ODS);

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 0x05, 0x06};
    private static final byte[] RTF = ascii("{\\rtf");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** OBJECT IDENTIFIER 1.2.840.113549.1.7.2 (signedData), tag and length included. */
    private static final byte[] SIGNED_DATA_OID = {
        0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x07, 0x02
    };
    /** Offset of the first entry's name in a ZIP local file header. */
    private static final int ZIP_FIRST_NAME = 30;

    private FileTypes() {}

    /** Every type the content is compatible with; empty when it is none we know. */
    public static Set<FileType> detect(byte[] head) {
        byte[] bytes = head.length > HEAD_LENGTH ? Arrays.copyOf(head, HEAD_LENGTH) : head;
        if (startsWith(bytes, 0, PDF)) {
            return EnumSet.of(FileType.PDF);
        }
        if (startsWith(bytes, 0, PNG)) {
            return EnumSet.of(FileType.PNG);
        }
        if (startsWith(bytes, 0, JPEG)) {
            return EnumSet.of(FileType.JPEG);
        }
        if (startsWith(bytes, 0, OLE2)) {
            return EnumSet.of(FileType.DOC, FileType.XLS);
        }
        if (startsWith(bytes, 0, ZIP) || startsWith(bytes, 0, EMPTY_ZIP)) {
            return zipFamily(bytes);
        }
        if (isSignedData(bytes)) {
            return EnumSet.of(FileType.P7M);
        }
        if (startsWith(bytes, 0, RTF)) {
            return EnumSet.of(FileType.RTF);
        }
        return text(bytes);
    }

    /**
     * The type of the content: a file whose name has an extension must be of the type that
     * extension names, so "relazione.pdf" holding text, or "pagina.html", is of no type; a name
     * without an extension takes the first type the content is compatible with.
     */
    public static Optional<FileType> identify(String fileName, byte[] head) {
        return identify(fileName, head, EnumSet.allOf(FileType.class));
    }

    /** The type of the content as {@link #identify(String, byte[])} reads it, when it is one of {@code allowed}. */
    public static Optional<FileType> identify(String fileName, byte[] head, Collection<FileType> allowed) {
        Set<FileType> compatible = detect(head);
        if (fileName != null && EXTENSION.matcher(fileName).find()) {
            return FileType.ofFileName(fileName).filter(compatible::contains).filter(allowed::contains);
        }
        return compatible.stream().filter(allowed::contains).findFirst();
    }

    /** Whether the type is an archive of other files (ZIP, and the office formats made of one). */
    public static boolean isArchive(FileType type) {
        return ARCHIVES.contains(type);
    }

    /**
     * Whether an archive unpacks to at most {@link #MAX_EXPANSION} times its own size: more is a
     * "zip bomb", made to fill the disk or memory of whoever opens it. Unpacked only as far as
     * needed to tell, never in full, and nothing is written anywhere.
     */
    public static boolean expandsSafely(byte[] archive) {
        long limit = Math.max(archive.length, 1) * MAX_EXPANSION;
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(archive))) {
            while (entries.getNextEntry() != null) {
                for (int read = entries.read(buffer); read > 0; read = entries.read(buffer)) {
                    unpacked += read;
                    if (unpacked > limit) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            // not a readable archive: it is no bomb, and its type was already read from its content
            return true;
        }
    }

    private static Set<FileType> zipFamily(byte[] bytes) {
        String names = new String(bytes, StandardCharsets.ISO_8859_1);
        if (names.startsWith("mimetype", ZIP_FIRST_NAME)) {
            // ODF stores its media type uncompressed right after the first entry's name.
            if (names.startsWith("application/vnd.oasis.opendocument.text", ZIP_FIRST_NAME + 8)) {
                return EnumSet.of(FileType.ODT, FileType.ZIP);
            }
            if (names.startsWith("application/vnd.oasis.opendocument.spreadsheet", ZIP_FIRST_NAME + 8)) {
                return EnumSet.of(FileType.ODS, FileType.ZIP);
            }
        }
        if (names.contains("[Content_Types].xml") || names.contains("_rels/.rels")) {
            if (names.contains("word/")) {
                return EnumSet.of(FileType.DOCX, FileType.ZIP);
            }
            if (names.contains("xl/")) {
                return EnumSet.of(FileType.XLSX, FileType.ZIP);
            }
        }
        return EnumSet.of(FileType.ZIP);
    }

    /** SEQUENCE, any length form, then the contentType OID of SignedData. */
    private static boolean isSignedData(byte[] bytes) {
        if (bytes.length < 2 || bytes[0] != 0x30) {
            return false;
        }
        int length = bytes[1] & 0xFF;
        // 0x80 is BER's indefinite length; 0x81-0x84 say how many length bytes follow.
        int oidAt = length < 0x80 ? 2 : length == 0x80 ? 2 : length <= 0x84 ? 2 + (length - 0x80) : -1;
        return oidAt > 0 && startsWith(bytes, oidAt, SIGNED_DATA_OID);
    }

    private static Set<FileType> text(byte[] bytes) {
        int start = startsWith(bytes, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (bytes.length == start || !isText(bytes, start)) {
            return EnumSet.noneOf(FileType.class);
        }
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("<?xml")) {
            return EnumSet.of(FileType.XML, FileType.TXT);
        }
        return EnumSet.of(FileType.TXT, FileType.CSV);
    }

    private static boolean isText(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        // The head may cut a multi-byte character in two: its last three bytes may be incomplete.
        for (int cut = 0; cut <= 3 && bytes.length - cut > start; cut++) {
            if (isUtf8(bytes, start, bytes.length - cut)) {
                return true;
            }
        }
        // Latin-1 text from older office software: no C1 control characters.
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80 && b < 0xA0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(byte[] bytes, int start, int end) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
