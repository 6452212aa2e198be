package it.sportello.practice.entity;

import java.util.Arrays;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import it.sportello.form.entity.FileTypes;

/**
 * The bytes of a file, kept in the database next to what describes them: every node of a cluster
 * and every server sees them, backups hold them, and no name a citizen typed ever becomes a path.
 */
@Entity
@Table(name = "stored_content")
public class StoredContent {

    @Id
    @SequenceGenerator(name = "stored_content_seq", sequenceName = "stored_content_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_content_seq")
    private Long id;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "bytes", nullable = false, updatable = false)
    private byte[] bytes;

    /** The first {@link FileTypes#HEAD_LENGTH} bytes, read without the rest; none for files stored before it was kept. */
    @Column(name = "head", updatable = false)
    private byte[] head;

    protected StoredContent() {
        // for JPA
    }

    public StoredContent(byte[] bytes) {
        this.bytes = bytes.clone();
        this.head = Arrays.copyOf(bytes, Math.min(bytes.length, FileTypes.HEAD_LENGTH));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The first bytes of the file, which tell its type: without loading the whole file when they were kept. */
    public byte[] head() {
        return head != null ? head.clone() : Arrays.copyOf(bytes, Math.min(bytes.length, FileTypes.HEAD_LENGTH));
    }
}
