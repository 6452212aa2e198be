package it.sportello.mail.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.sportello.platform.time.Backoff;

/**
 * One e-mail of the application in the outbox: stored in the transaction of whatever caused it,
 * then delivered by the outbox job. A delivery that fails is tried again later, each time waiting
 * twice as long, up to a maximum of attempts; then the mail is {@link Status#FAILED} and stays
 * visible to administrators, who may send it again.
 */
@Entity
@Table(name = "outgoing_mail")
@NamedQuery(
        name = OutgoingMail.DUE,
        query =
                "SELECT m.id FROM OutgoingMail m WHERE m.status = it.sportello.mail.entity.OutgoingMail.Status.PENDING AND m.nextAttemptAt <= :now AND m.id > :after AND MOD(m.id, :parts) = :part ORDER BY m.id")
@NamedQuery(
        name = OutgoingMail.BY_STATUS,
        query = "SELECT m FROM OutgoingMail m WHERE m.status = :status ORDER BY m.queuedAt DESC, m.id DESC")
@NamedQuery(name = OutgoingMail.COUNT_BY_STATUS, query = "SELECT COUNT(m) FROM OutgoingMail m WHERE m.status = :status")
public class OutgoingMail {

    public static final String DUE = "OutgoingMail.due";
    public static final String BY_STATUS = "OutgoingMail.byStatus";
    public static final String COUNT_BY_STATUS = "OutgoingMail.countByStatus";

    public static final int ADDRESS_LENGTH = 1000;
    public static final int SUBJECT_LENGTH = 500;
    public static final int BODY_LENGTH = 100_000;
    public static final int ERROR_LENGTH = 500;

    /** Where a mail is. Bundle keys: {@code OutgoingMail.Status.PENDING} and so on. */
    public enum Status {
        /** Waiting for its (next) delivery attempt. */
        PENDING,
        /** Taken by the mail server. */
        SENT,
        /** Given up after the maximum of attempts. */
        FAILED
    }

    @Id
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    private Long id;

    @Column(name = "recipient", nullable = false, updatable = false, length = ADDRESS_LENGTH)
    private String recipient;

    @Column(name = "subject", nullable = false, updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false, length = BODY_LENGTH)
    private String body;

    @ElementCollection
    @CollectionTable(name = "outgoing_mail_file", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<MailFile> files = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Version
    private long version;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
        this.body = body;
        this.status = Status.PENDING;
        this.queuedAt = now;
        this.nextAttemptAt = now;
    }

    /** The same mail with files attached (a receipt, an outcome letter, a calendar file). */
    public OutgoingMail(String recipient, String subject, String body, List<MailFile> files, Instant now) {
        this(recipient, subject, body, now);
        this.files.addAll(files);
    }

    /** Whether a delivery should be tried now. */
    public boolean isDue(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** The mail server took it. */
    public void sent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /**
     * The mail server refused it or could not be reached: the next attempt waits {@code backoff}
     * after the first failure, twice as long after the second, and so on; after
     * {@code maxAttempts} the mail is given up.
     */
    public void failed(String error, Instant now, Duration backoff, int maxAttempts) {
        attempts++;
        lastError = Backoff.reason(error, ERROR_LENGTH);
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = Backoff.next(now, backoff, attempts);
        }
    }

    /** An administrator sends it again (a failed mail) or now (a waiting one): attempts start over. */
    public void retryNow(Instant now) {
        if (status == Status.SENT) {
            return;
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public boolean hasFile() {
        return !files.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public List<MailFile> getFiles() {
        return List.copyOf(files);
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
