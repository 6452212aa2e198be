package it.sportello.practice.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A notice a background job sent about a practice, kept so that it is sent once: the database
 * refuses a second notice of the same kind about the same thing.
 */
@Entity
@Table(name = "job_notice")
@NamedQuery(
        name = PracticeNotice.FIND,
        query =
                "SELECT n FROM PracticeNotice n WHERE n.practiceId = :practice AND n.kind = :kind AND n.subjectRef = :subject")
@NamedQuery(
        name = PracticeNotice.DELETE_OF_PRACTICE,
        query = "DELETE FROM PracticeNotice n WHERE n.practiceId = :practice")
public class PracticeNotice {

    public static final String FIND = "PracticeNotice.find";
    public static final String DELETE_OF_PRACTICE = "PracticeNotice.deleteOfPractice";

    /** What the notice was about. */
    public enum Kind {
        /** The draft will be deleted soon. */
        DRAFT_EXPIRY,
        /** An integration request is still unanswered. */
        INTEGRATION_REMINDER
    }

    @Id
    @SequenceGenerator(name = "job_notice_seq", sequenceName = "job_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_notice_seq")
    private Long id;

    @Column(name = "practice_id", nullable = false, updatable = false)
    private long practiceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private Kind kind;

    /** The integration request reminded of; 0 for notices about the practice itself. */
    @Column(name = "subject_ref", nullable = false, updatable = false)
    private long subjectRef;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected PracticeNotice() {
        // for JPA
    }

    public PracticeNotice(long practiceId, Kind kind, long subjectRef, Instant sentAt) {
        this.practiceId = practiceId;
        this.kind = kind;
        this.subjectRef = subjectRef;
        this.sentAt = sentAt;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
