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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An operator asked the citizen for more data or documents ("richiesta di integrazioni"). The
 * request is the operator's message; it closes either accepted, with the citizen's answers the
 * operator chose and the integration PDF made of them, or cancelled.
 */
@Entity
@Table(name = "integration_request")
public class IntegrationRequest {

    /** How a request closed. */
    public enum Resolution {
        ACCEPTED,
        CANCELLED
    }

    @Id
    @SequenceGenerator(name = "integration_request_seq", sequenceName = "integration_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "integration_request_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    private Practice practice;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_message_id", nullable = false, updatable = false)
    private Message request;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 100)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution", length = 10)
    private Resolution resolution;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @ManyToMany
    @JoinTable(
            name = "integration_request_answer",
            joinColumns = @JoinColumn(name = "integration_request_id"),
            inverseJoinColumns = @JoinColumn(name = "message_id"))
    @OrderBy("sentAt, id")
    private List<Message> acceptedAnswers = new ArrayList<>();

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Attachment document;

    protected IntegrationRequest() {
        // for JPA
    }

    IntegrationRequest(Practice practice, Message request, Instant requestedAt, String requestedBy) {
        this.practice = practice;
        this.request = request;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    void accept(List<Message> answers, Attachment integrationDocument, Instant at, String by) {
        acceptedAnswers = new ArrayList<>(answers);
        document = integrationDocument;
        close(Resolution.ACCEPTED, at, by);
    }

    void cancel(Instant at, String by) {
        close(Resolution.CANCELLED, at, by);
    }

    private void close(Resolution how, Instant at, String by) {
        resolution = how;
        closedAt = at;
        closedBy = by;
    }

    public boolean isOpen() {
        return resolution == null;
    }

    public Long getId() {
        return id;
    }

    public Message getRequest() {
        return request;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public List<Message> getAcceptedAnswers() {
        return List.copyOf(acceptedAnswers);
    }

    public Attachment getDocument() {
        return document;
    }
}
