package it.sportello.practice.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A note operators leave on a practice for their colleagues ("nota interna"). Kept apart from the
 * messages so that nothing the citizen reads can ever include it. Never changed.
 */
@Entity
@Table(name = "practice_note")
public class InternalNote {

    public static final int TEXT_LENGTH = Message.TEXT_LENGTH;

    @Id
    @SequenceGenerator(name = "practice_note_seq", sequenceName = "practice_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_note_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @Column(name = "author", nullable = false, updatable = false, length = 100)
    private String author;

    @Column(name = "body", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected InternalNote() {
        // for JPA
    }

    InternalNote(Practice practice, String author, String text, Instant writtenAt) {
        this.practice = practice;
        this.author = author;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
