package it.sportello.practice.entity;

import java.time.Instant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import it.sportello.form.entity.FileName;
import it.sportello.form.entity.FileType;

/**
 * A file of a practice: what the citizen uploaded in the form or with a message, the delegation
 * and identity document of a delegate, or a document the desk made. Its type was read from its
 * content; its name ({@link FileName}) is only shown, never used to store it. Downloaded by its
 * reference.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(name = Attachment.BY_REFERENCE, query = "SELECT a FROM Attachment a WHERE a.reference = :reference")
public class Attachment {

    public static final String BY_REFERENCE = "Attachment.byReference";

    public static final int FILE_NAME_LENGTH = FileName.MAX_LENGTH;

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    /** Unguessable, for download addresses. */
    @Column(nullable = false, unique = true, updatable = false, length = 36)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id")
    private Message message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private AttachmentPurpose purpose;

    /** The form field it was uploaded in, for FORM attachments. */
    @Column(name = "field_id", updatable = false, length = 80)
    private String fieldId;

    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, updatable = false, length = 10)
    private FileType type;

    @Column(nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private StoredContent content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "uploaded_by_kind", nullable = false, updatable = false, length = 10)
    private Actor uploadedByKind;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    protected Attachment() {
        // for JPA
    }

    Attachment(
            String reference,
            Practice practice,
            AttachmentPurpose purpose,
            String fieldId,
            String fileName,
            FileType type,
            byte[] bytes,
            String sha256,
            Instant uploadedAt,
            Actor uploadedByKind,
            String uploadedBy) {
        this.reference = reference;
        this.practice = practice;
        this.purpose = purpose;
        this.fieldId = fieldId;
        this.fileName = FileName.of(fileName);
        this.type = type;
        this.size = bytes.length;
        this.sha256 = sha256;
        this.content = new StoredContent(bytes);
        this.uploadedAt = uploadedAt;
        this.uploadedByKind = uploadedByKind;
        this.uploadedBy = uploadedBy;
    }

    void belongTo(Message message) {
        this.message = message;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Practice getPractice() {
        return practice;
    }

    public Message getMessage() {
        return message;
    }

    public AttachmentPurpose getPurpose() {
        return purpose;
    }

    public String getFieldId() {
        return fieldId;
    }

    /** The name as shown and offered for download; a name stored before the rules of {@link FileName} is cleaned here. */
    public String getFileName() {
        return FileName.of(fileName);
    }

    public FileType getType() {
        return type;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] bytes() {
        return content.bytes();
    }

    /** The first bytes of the file, which tell its type, without the whole file. */
    public byte[] head() {
        return content.head();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Actor getUploadedByKind() {
        return uploadedByKind;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
