package it.sportello.form.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * A kind of document a citizen may upload, as written in a form definition ({@code "pdf"}) and as
 * detected from the content by {@link FileTypes}.
 */
public enum FileType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    /** A CAdES signed document: the signed file wrapped in a CMS SignedData structure. */
    P7M("application/pkcs7-mime"),
    /** Word 97-2003; the same container as XLS, see {@link FileTypes}. */
    DOC("application/msword"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text"),
    XLS("application/vnd.ms-excel"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODS("application/vnd.oasis.opendocument.spreadsheet"),
    ZIP("application/zip"),
    CSV("text/csv"),
    TXT("text/plain"),
    XML("application/xml"),
    RTF("application/rtf");

    private final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, which is also the name in form definitions: {@code pdf}, {@code docx}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named by an extension or a definition: {@code "PDF"}, {@code "jpg"}, {@code "jpeg"}. */
    public static Optional<FileType> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = name.strip().toUpperCase(Locale.ROOT);
        if ("JPG".equals(normalised)) {
            return Optional.of(JPEG);
        }
        for (FileType type : values()) {
            if (type.name().equals(normalised)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type a file name claims by its extension, e.g. {@code JPEG} for {@code photo.JPG}. */
    public static Optional<FileType> ofFileName(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        return named(fileName.substring(fileName.lastIndexOf('.') + 1));
    }
}
