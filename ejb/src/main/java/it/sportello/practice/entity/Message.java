package it.sportello.practice.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A message on a practice, from the citizen to the office or back, possibly with attachments;
 * messages stay open after the outcome. An answer to an integration request is a message marked
 * as such.
 */
@Entity
@Table(name = "practice_message")
public class Message {

    public static final int TEXT_LENGTH = 10_000;

    @Id
    @SequenceGenerator(name = "practice_message_seq", sequenceName = "practice_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_message_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, updatable = false, length = 10)
    private Actor authorKind;

    @Column(name = "author", nullable = false, updatable = false, length = 100)
    private String author;

    @Column(name = "body", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "integration_answer", nullable = false, updatable = false)
    private boolean integrationAnswer;

    @OneToMany(mappedBy = "message")
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    protected Message() {
        // for JPA
    }

    Message(Practice practice, Actor authorKind, String author, String text, Instant sentAt, boolean integrationAnswer) {
        this.practice = practice;
        this.authorKind = authorKind;
        this.author = author;
        this.text = text;
        this.sentAt = sentAt;
        this.integrationAnswer = integrationAnswer;
    }

    void attach(Attachment attachment) {
        attachments.add(attachment);
        attachment.belongTo(this);
    }

    public Long getId() {
        return id;
    }

    public Actor getAuthorKind() {
        return authorKind;
    }

    public boolean isFromCitizen() {
        return authorKind == Actor.CITIZEN;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean isIntegrationAnswer() {
        return integrationAnswer;
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }
}
