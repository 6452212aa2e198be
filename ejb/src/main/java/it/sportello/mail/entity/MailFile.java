package it.sportello.mail.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

/** A file attached to a queued mail: a receipt as PDF, a calendar file, an outcome letter. */
@Embeddable
public class MailFile {

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_bytes", nullable = false)
    private byte[] bytes;

    protected MailFile() {
        // for JPA
    }

    public MailFile(String fileName, String mediaType, byte[] bytes) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.bytes = bytes.clone();
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
