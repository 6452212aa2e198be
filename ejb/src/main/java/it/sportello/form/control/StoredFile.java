package it.sportello.form.control;

import java.util.Objects;

import it.sportello.form.entity.FileName;
import it.sportello.form.entity.FileType;

/**
 * An upload that passed the checks of its field, as kept in the practice: the type is the one
 * detected from the content, not the one the browser declared; the name is cleaned ({@link FileName}),
 * also when read back from a practice's data written before.
 */
public record StoredFile(String storageKey, String fileName, FileType type, long size) {

    public StoredFile {
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(type, "type");
        fileName = fileName == null ? null : FileName.of(fileName);
    }
}
