package it.sportello.form.entity;

import java.text.Normalizer;

/**
 * The name of a file someone sent, as the desk keeps and shows it: the last part of whatever path
 * the browser gave, without control characters and without the invisible characters that change
 * how the rest reads. A right-to-left override (U+202E) makes "fattura\u202Efdp.exe" look like
 * "fatturaexe.pdf" in a link or a download dialog; line and paragraph separators, zero-width
 * characters and bidirectional marks and isolates hide or reorder text the same way. They are
 * all removed, white space of any kind becomes one plain space, and the name is NFC-normalised
 * and at most {@link #MAX_LENGTH} characters, its end (the extension) kept.
 *
 * <p>Every stored file name goes through here: uploads as the boundaries take them
 * ({@code Upload}), the files a form holds ({@code UploadedFile}, {@code StoredFile}) and the
 * practice's attachments. The name is only shown and offered for download; files are stored by an
 * opaque key, never by it.
 *
 * @param value the cleaned name, never blank
 */
public record FileName(String value) {

    public static final int MAX_LENGTH = 255;

    /** What a name with nothing left is called. */
    static final String NAMELESS = "file";

    public FileName {
        value = clean(value);
    }

    /** The cleaned name of what the browser sent. */
    public static String of(String submitted) {
        return new FileName(submitted).value();
    }

    private static String clean(String submitted) {
        String name = submitted == null
                ? ""
                : Normalizer.normalize(submitted, Normalizer.Form.NFC).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (kept.length() > 0 && kept.charAt(kept.length() - 1) != ' ') {
                    kept.append(' ');
                }
            } else if (isShown(c) && c != '"') {
                kept.appendCodePoint(c);
            }
        });
        String cleaned = kept.toString().strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return NAMELESS;
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        return length <= MAX_LENGTH ? cleaned : cleaned.substring(cleaned.offsetByCodePoints(0, length - MAX_LENGTH));
    }

    /**
     * Whether a character is one a reader sees: not a control (C0, DEL, C1), not a format
     * character (bidirectional embeddings, overrides, isolates and marks, zero-width characters,
     * the byte order mark, soft hyphens, tags), not half of a broken surrogate pair, not unassigned.
     */
    private static boolean isShown(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
