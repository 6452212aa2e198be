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

import it.sportello.platform.text.RichText;

/**
 * A message on a practice, from the citizen to the office or back, possibly with attachments;
 * messages stay open after the outcome. An answer to an integration request is a message marked
 * as such. The office's messages are rich text (HTML that passed the allow-list, {@link RichText}),
 * the citizen's and the older ones plain text: {@link #getFormat()} tells which, {@link #getHtml()}
 * is safe to print either way and {@link #getText()} is the text without markup.
 */
@Entity
@Table(name = "practice_message")
public class Message {

    /** The longest text, counted without markup. */
    public static final int TEXT_LENGTH = 10_000;

    /** The longest stored body: a text of {@link #TEXT_LENGTH} characters with its markup. */
    public static final int BODY_LENGTH = 40_000;

    /** The most a message's files weigh together, in bytes (each file has its own limit as well). */
    public static final long MAX_FILES_SIZE = 100L * 1024 * 1024;

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

    @Column(name = "body", nullable = false, updatable = false, length = BODY_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_format", nullable = false, updatable = false, length = 5)
    private BodyFormat format;

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

    /** A plain-text message, as the citizen writes them. */
    Message(
            Practice practice,
            Actor authorKind,
            String author,
            String text,
            Instant sentAt,
            boolean integrationAnswer) {
        this(practice, authorKind, author, text, BodyFormat.PLAIN, sentAt, integrationAnswer);
    }

    /** A rich-text message, as the office writes them. */
    Message(Practice practice, Actor authorKind, String author, RichText text, Instant sentAt) {
        this(practice, authorKind, author, text.html(), BodyFormat.HTML, sentAt, false);
    }

    private Message(
            Practice practice,
            Actor authorKind,
            String author,
            String body,
            BodyFormat format,
            Instant sentAt,
            boolean integrationAnswer) {
        this.practice = practice;
        this.authorKind = authorKind;
        this.author = author;
        this.body = body;
        this.format = format;
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

    public BodyFormat getFormat() {
        return format;
    }

    /** The message as HTML safe to print unescaped: the stored allow-listed HTML, or the plain text escaped. */
    public String getHtml() {
        return rich().html();
    }

    /** The message without markup, for documents, e-mails and lists: paragraphs at blank lines, list items as "- " lines. */
    public String getText() {
        return format == BodyFormat.HTML ? rich().plain() : body;
    }

    private RichText rich() {
        return format == BodyFormat.HTML ? RichText.ofHtml(body) : RichText.ofPlain(body);
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
