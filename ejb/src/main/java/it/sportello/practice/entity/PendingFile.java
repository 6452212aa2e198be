package it.sportello.practice.entity;

import java.time.Instant;

import it.sportello.form.entity.FileType;

/** A file that arrives with a message or as a generated document, already checked by content. */
public record PendingFile(String reference, String fileName, FileType type, byte[] bytes, String sha256) {

    /** The file as an attachment of the practice, uploaded now by whoever sends it. */
    Attachment attachTo(
            Practice practice, AttachmentPurpose purpose, Instant now, Actor uploaderKind, String uploader) {
        return new Attachment(
                reference, practice, purpose, null, fileName, type, bytes, sha256, now, uploaderKind, uploader);
    }
}
