package it.sportello.form.control;

import java.util.Objects;

import it.sportello.form.entity.FileName;
import it.sportello.form.entity.FileTypes;

/**
 * What a page sends for a FILE field once the upload has been stored: where it is, what the
 * browser said about it, and its first bytes so that the type is judged on the content.
 *
 * @param storageKey        where the bytes were stored; opaque here
 * @param fileName          the name the citizen's file had, cleaned ({@link FileName}); only a hint
 * @param declaredMediaType the Content-Type the browser sent; only a hint, never trusted
 * @param size              the stored size in bytes
 * @param head              the first bytes of the content, at least {@link FileTypes#HEAD_LENGTH}
 *                          when the file is that large
 */
public record UploadedFile(String storageKey, String fileName, String declaredMediaType, long size, byte[] head) {

    public UploadedFile {
        Objects.requireNonNull(storageKey, "storageKey");
        fileName = fileName == null ? null : FileName.of(fileName);
        head = head == null ? new byte[0] : head.clone();
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadedFile that
                && storageKey.equals(that.storageKey)
                && Objects.equals(fileName, that.fileName)
                && size == that.size;
    }

    @Override
    public int hashCode() {
        return Objects.hash(storageKey, fileName, size);
    }

    @Override
    public String toString() {
        return "UploadedFile[" + storageKey + ", " + fileName + ", " + size + " bytes]";
    }
}
