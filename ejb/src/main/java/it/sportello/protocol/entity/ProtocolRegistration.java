package it.sportello.protocol.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.sportello.platform.time.Backoff;
import it.sportello.practice.entity.Practice;

/**
 * The registration of one event of a practice in the protocol register: requested in the event's
 * transaction with its document and the digests of every document, then registered by the
 * protocol submission job, which stores the number, the date and the dossier. Its registration id
 * goes with every attempt, so that a register asked twice registers once. Once registered it never
 * changes.
 */
@Entity
@Table(name = "protocol_registration")
@NamedQuery(
        name = ProtocolRegistration.DUE,
        query =
                "SELECT r.id FROM ProtocolRegistration r WHERE r.status = it.sportello.protocol.entity.ProtocolRegistration.Status.PENDING AND r.nextAttemptAt <= :now AND r.id > :after AND MOD(r.id, :parts) = :part ORDER BY r.id")
@NamedQuery(
        name = ProtocolRegistration.OF_PRACTICE,
        query =
                "SELECT r FROM ProtocolRegistration r WHERE r.practice.reference = :reference ORDER BY r.requestedAt, r.id")
@NamedQuery(
        name = ProtocolRegistration.BY_STATUS,
        query = "SELECT r FROM ProtocolRegistration r WHERE r.status = :status ORDER BY r.requestedAt DESC, r.id DESC")
public class ProtocolRegistration {

    public static final String DUE = "ProtocolRegistration.due";
    public static final String OF_PRACTICE = "ProtocolRegistration.ofPractice";
    public static final String BY_STATUS = "ProtocolRegistration.byStatus";

    public static final int SUBJECT_LENGTH = 500;
    public static final int ERROR_LENGTH = 500;

    /** Bundle keys {@code ProtocolRegistration.Status.PENDING} and so on. */
    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** Has its number. */
        REGISTERED,
        /** Given up after the maximum of attempts: administrators are told and may try again. */
        FAILED
    }

    @Id
    @SequenceGenerator(
            name = "protocol_registration_seq",
            sequenceName = "protocol_registration_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "protocol_registration_seq")
    private Long id;

    @Column(name = "registration_id", nullable = false, updatable = false, unique = true, length = 36)
    private String registrationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private RegistrationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, updatable = false, length = 10)
    private Direction direction;

    @Column(name = "subject", nullable = false, updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "document_name", nullable = false, updatable = false, length = 255)
    private String documentName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "document_bytes", nullable = false, updatable = false)
    private byte[] document;

    /** One line per document: its SHA-256 (hex), two spaces, its file name; the main document first. */
    @Column(name = "documents", nullable = false, updatable = false, length = 20_000)
    private String documents;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "protocol_year")
    private Integer year;

    @Column(name = "protocol_number")
    private Integer number;

    @Column(name = "register_name", length = 30)
    private String registerName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Version
    private long version;

    protected ProtocolRegistration() {
        // for JPA
    }

    /**
     * Requests the registration of a document of the practice; {@code documents} are the digest
     * lines of every document, the main one first.
     */
    public ProtocolRegistration(
            Practice practice,
            RegistrationKind kind,
            String subject,
            String documentName,
            byte[] document,
            List<String> documents,
            Instant now) {
        this.registrationId = UUID.randomUUID().toString();
        this.practice = practice;
        this.kind = kind;
        this.direction = kind.direction();
        this.subject = subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
        this.documentName = documentName;
        this.document = document.clone();
        this.documents = String.join("\n", documents);
        this.status = Status.PENDING;
        this.requestedAt = now;
        this.nextAttemptAt = now;
    }

    /** A digest line of a document: SHA-256 in hex, two spaces, the file name (as {@code sha256sum} writes it). */
    public static String digestLine(String sha256, String fileName) {
        return sha256 + "  " + fileName;
    }

    public boolean isDue(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** The register gave it its number; from now on nothing changes. */
    public void registered(int year, int number, Instant at, Dossier dossier, String registerName) {
        if (status == Status.REGISTERED) {
            throw new IllegalStateException("Registration " + registrationId + " is already registered");
        }
        this.status = Status.REGISTERED;
        this.attempts++;
        this.year = year;
        this.number = number;
        this.registeredAt = at;
        this.dossier = dossier;
        this.registerName = registerName;
        this.lastError = null;
    }

    /** The register could not be reached or refused: try again after a doubling wait, up to a maximum of attempts. */
    public void failed(String error, Instant now, Duration backoff, int maxAttempts) {
        if (status != Status.PENDING) {
            return;
        }
        attempts++;
        lastError = Backoff.reason(error, ERROR_LENGTH);
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = Backoff.next(now, backoff, attempts);
        }
    }

    /** An administrator tries a failed registration again, with attempts starting over. */
    public void retryNow(Instant now) {
        if (status == Status.REGISTERED) {
            return;
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** The protocol number as people write it: {@code 2026/0000123}. */
    public String getProtocolNumber() {
        return number == null ? null : year + "/" + String.format("%07d", number);
    }

    public Long getId() {
        return id;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public Practice getPractice() {
        return practice;
    }

    public RegistrationKind getKind() {
        return kind;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getSubject() {
        return subject;
    }

    public String getDocumentName() {
        return documentName;
    }

    public byte[] document() {
        return document.clone();
    }

    public List<String> getDocuments() {
        return Arrays.asList(documents.split("\n"));
    }

    public Status getStatus() {
        return status;
    }

    public boolean isRegistered() {
        return status == Status.REGISTERED;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Integer getYear() {
        return year;
    }

    public Integer getNumber() {
        return number;
    }

    public String getRegisterName() {
        return registerName;
    }

    public Dossier getDossier() {
        return dossier;
    }
}
