package it.sportello.practice.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Workflow;
import it.sportello.form.control.FileType;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;

/**
 * A citizen's request for a service ("pratica"), from the draft to the outcome. It owns its
 * status: every change goes through a method here that checks the rule and records the step in
 * the iter, with its time and actor; a refused change throws {@link PracticeRefusedException}
 * naming the reason. Once sent, the form version and the data are frozen.
 */
@Entity
@Table(name = "practice")
@NamedQuery(name = Practice.BY_REFERENCE, query = "SELECT p FROM Practice p WHERE p.reference = :reference")
@NamedQuery(name = Practice.OF_APPLICANT, query = "SELECT p FROM Practice p WHERE p.applicant.fiscalCode = :fiscalCode ORDER BY p.updatedAt DESC, p.id DESC")
@NamedQuery(name = Practice.STATUS_COUNTS, query = "SELECT p.status, COUNT(p) FROM Practice p WHERE p.applicant.fiscalCode = :fiscalCode GROUP BY p.status")
public class Practice {

    public static final String BY_REFERENCE = "Practice.byReference";
    public static final String OF_APPLICANT = "Practice.ofApplicant";
    public static final String STATUS_COUNTS = "Practice.statusCounts";

    public static final int DATA_LENGTH = 1_000_000;

    @Id
    @SequenceGenerator(name = "practice_seq", sequenceName = "practice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
    private Long id;

    /** The request number ("numero richiesta"): a UUID, also what addresses name the practice by. */
    @Column(nullable = false, unique = true, updatable = false, length = 36)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false, updatable = false)
    private Service service;

    /** The form version the practice is filled with: the one current when it was started. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_version_id", nullable = false, updatable = false)
    private FormVersion form;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false, updatable = false)
    private Citizen applicant;

    @Column(name = "applicant_email", length = 254)
    private String applicantEmail;

    @Column(name = "applicant_phone", length = 20)
    private String applicantPhone;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ApplicantRole role;

    @Embedded
    private Beneficiary beneficiary;

    @Column(name = "privacy_accepted_at")
    private Instant privacyAcceptedAt;

    /** What the citizen typed in the service's form, as typed, while it is a draft. */
    @Column(name = "draft_input", length = DATA_LENGTH)
    private String draftInput;

    /** The checked form data, frozen when the practice was sent. */
    @Column(name = "form_data", length = DATA_LENGTH)
    private String data;

    /** The wizard step the citizen was at, to resume a draft there. */
    @Column(nullable = false)
    private int step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PracticeStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "auth_method", length = 10)
    private AuthMethod authMethod;

    @Column(name = "auth_level", length = 100)
    private String authLevel;

    /** The earlier practice this one changes (rinnovo, modifica, voltura…). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id", updatable = false)
    private Practice previous;

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<StatusChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL)
    @OrderBy("sentAt, id")
    private List<Message> messages = new ArrayList<>();

    @Version
    private long version;

    protected Practice() {
        // for JPA
    }

    private Practice(String reference, Service service, FormVersion form, Citizen applicant, Practice previous, Instant now) {
        this.reference = reference;
        this.service = service;
        this.form = form;
        this.applicant = applicant;
        this.previous = previous;
        this.applicantEmail = applicant.getContacts() == null ? null : applicant.getContacts().getEmail();
        this.applicantPhone = applicant.getContacts() == null ? null : applicant.getContacts().getMobile();
        this.createdAt = now;
        this.updatedAt = now;
        this.status = PracticeStatus.DRAFT;
        record(PracticeStatus.DRAFT, now, Actor.CITIZEN, applicant.getFiscalCode().toString());
    }

    /**
     * A new draft of the citizen for the service, on its current form. A practice that changes an
     * earlier one (rinnovo, voltura…) names it: it must be the same citizen's, for the same
     * service, and sent.
     */
    public static Practice start(String reference, Service service, FormVersion form, Citizen applicant,
            Practice previous, Instant now) {
        if (previous != null && (!previous.isOwnedBy(applicant.getFiscalCode())
                || !previous.service.getCode().equals(service.getCode()) || !previous.isSent())) {
            throw new PracticeRefusedException("practice.previous.invalid");
        }
        return new Practice(reference, service, form, applicant, previous, now);
    }

    // --- filling a draft -----------------------------------------------------------------------

    public void acceptPrivacy(Instant now) {
        requireDraft();
        privacyAcceptedAt = now;
        updatedAt = now;
    }

    /** The e-mail and phone the office answers to; they may differ from the profile's. */
    public void contacts(String email, String phone, Instant now) {
        requireDraft();
        applicantEmail = blankToNull(email);
        applicantPhone = blankToNull(phone);
        updatedAt = now;
    }

    public void actForSelf(Instant now) {
        requireDraft();
        role = ApplicantRole.SELF;
        beneficiary = null;
        attachments.removeIf(a -> a.getPurpose() == AttachmentPurpose.DELEGATION
                || a.getPurpose() == AttachmentPurpose.IDENTITY_DOCUMENT);
        updatedAt = now;
    }

    public void actFor(Beneficiary someone, Instant now) {
        requireDraft();
        if (someone.getFiscalCode() != null && someone.getFiscalCode().equals(applicant.getFiscalCode())) {
            throw new PracticeRefusedException("practice.beneficiary.self");
        }
        role = ApplicantRole.DELEGATE;
        beneficiary = someone;
        updatedAt = now;
    }

    /** Saves what was typed in the form, unchecked, and where the citizen was. */
    public void fill(String typedInput, int wizardStep, Instant now) {
        requireDraft();
        draftInput = typedInput;
        step = Math.max(0, wizardStep);
        updatedAt = now;
    }

    /**
     * Adds a file to the draft: a form field's upload (replacing the earlier one of that field),
     * the delegation or the beneficiary's document (replacing the earlier one).
     */
    public Attachment attach(String attachmentReference, AttachmentPurpose purpose, String fieldId, String fileName,
            FileType type, byte[] bytes, String sha256, Instant now) {
        requireDraft();
        if (purpose == AttachmentPurpose.MESSAGE || purpose == AttachmentPurpose.GENERATED) {
            throw new IllegalArgumentException("Message and generated files are attached with their message or document");
        }
        attachments.removeIf(a -> a.getPurpose() == purpose && java.util.Objects.equals(a.getFieldId(), fieldId));
        Attachment attachment = new Attachment(attachmentReference, this, purpose, fieldId, fileName, type, bytes, sha256,
                now, Actor.CITIZEN, applicant.getFiscalCode().toString());
        attachments.add(attachment);
        updatedAt = now;
        return attachment;
    }

    // --- sending ------------------------------------------------------------------------------

    /**
     * Sends the draft: the checks a page may have skipped, then the data frozen as it is, the
     * login that sent it recorded, and the practice <em>Inviata</em> then <em>Acquisita</em> by
     * the desk. The form data must have been validated against the form version by the caller.
     */
    public void send(String frozenData, AuthMethod method, String level, Instant now, ZoneId zone) {
        requireDraft();
        if (privacyAcceptedAt == null) {
            throw new PracticeRefusedException("practice.privacy.required");
        }
        if (applicantEmail == null) {
            throw new PracticeRefusedException("practice.email.required");
        }
        if (role == null) {
            throw new PracticeRefusedException("practice.role.required");
        }
        if (role == ApplicantRole.DELEGATE) {
            beneficiary.checkValidOn(LocalDate.ofInstant(now, zone));
            if (attachment(AttachmentPurpose.DELEGATION).isEmpty() || attachment(AttachmentPurpose.IDENTITY_DOCUMENT).isEmpty()) {
                throw new PracticeRefusedException("practice.delegation.missing");
            }
        }
        data = frozenData;
        draftInput = null;
        authMethod = method;
        authLevel = level;
        sentAt = now;
        moveTo(PracticeStatus.SUBMITTED, now, Actor.CITIZEN, applicant.getFiscalCode().toString());
        moveTo(PracticeStatus.ACQUIRED, now, Actor.SYSTEM, "sportello");
    }

    // --- after sending ------------------------------------------------------------------------

    /**
     * The citizen withdraws the practice ("Ritira pratica"). Refused, with the reason, when the
     * citizen is not the applicant, the practice is not with the office, the service does not
     * allow it, a payment exists, the practice was forwarded to another back office that acquired
     * it, or the protocol register is on and the practice is not registered yet.
     */
    public void withdraw(FiscalCode by, WithdrawalCheck check, Instant now) {
        if (!isOwnedBy(by)) {
            throw new PracticeRefusedException("practice.withdraw.not_applicant");
        }
        if (!status.isOpen()) {
            throw new PracticeRefusedException("practice.withdraw.not_open");
        }
        if (!service.isWithdrawalAllowed()) {
            throw new PracticeRefusedException("practice.withdraw.not_allowed");
        }
        if (check.paymentExists()) {
            throw new PracticeRefusedException("practice.withdraw.payment");
        }
        if (service.getWorkflow() == Workflow.FORWARD && status.compareTo(PracticeStatus.ACQUIRED) >= 0) {
            throw new PracticeRefusedException("practice.withdraw.forwarded");
        }
        if (check.protocolOn() && (status == PracticeStatus.SUBMITTED || status == PracticeStatus.ACQUIRED)) {
            throw new PracticeRefusedException("practice.withdraw.not_registered");
        }
        moveTo(PracticeStatus.WITHDRAWN, now, Actor.CITIZEN, by.toString());
    }

    /** What withdrawing depends on besides the practice itself. */
    public record WithdrawalCheck(boolean paymentExists, boolean protocolOn) {
    }

    /**
     * A message of the citizen to the office, with its files; possible at any time after sending,
     * also after the outcome. An answer to an integration request only while one is open.
     */
    public Message writeFromCitizen(String text, boolean integrationAnswer, List<PendingFile> files, Instant now) {
        if (isDraft()) {
            throw new PracticeRefusedException("practice.message.draft");
        }
        if (integrationAnswer && status != PracticeStatus.WAITING_INTEGRATION) {
            throw new PracticeRefusedException("practice.integration.none");
        }
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.message.empty");
        }
        String author = applicant.getFiscalCode().toString();
        Message message = new Message(this, Actor.CITIZEN, author, text.strip(), now, integrationAnswer);
        messages.add(message);
        for (PendingFile file : files) {
            Attachment attachment = new Attachment(file.reference(), this, AttachmentPurpose.MESSAGE, null, file.fileName(),
                    file.type(), file.bytes(), file.sha256(), now, Actor.CITIZEN, author);
            attachments.add(attachment);
            message.attach(attachment);
        }
        updatedAt = now;
        return message;
    }

    /** A file that arrives with a message, already checked by content. */
    public record PendingFile(String reference, String fileName, FileType type, byte[] bytes, String sha256) {
    }

    // --- rules used by the steps above ----------------------------------------------------------

    private void moveTo(PracticeStatus next, Instant now, Actor kind, String actor) {
        status = next;
        updatedAt = now;
        record(next, now, kind, actor);
    }

    private void record(PracticeStatus next, Instant now, Actor kind, String actor) {
        history.add(new StatusChange(this, next, now, kind, actor));
    }

    private void requireDraft() {
        if (!isDraft()) {
            throw new PracticeRefusedException("practice.not_draft");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isDraft() {
        return status == PracticeStatus.DRAFT;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public boolean isOwnedBy(FiscalCode fiscalCode) {
        return applicant.getFiscalCode().equals(fiscalCode);
    }

    /** The day the office must answer by: sent plus the service's maximum days. */
    public Optional<LocalDate> answerDueBy(ZoneId zone) {
        return Optional.ofNullable(sentAt).map(sent -> LocalDate.ofInstant(sent, zone).plusDays(service.getMaxResponseDays()));
    }

    public Optional<Attachment> attachment(AttachmentPurpose purpose) {
        return attachments.stream().filter(a -> a.getPurpose() == purpose).findFirst();
    }

    public Optional<Attachment> attachmentOfField(String fieldId) {
        return attachments.stream().filter(a -> a.getPurpose() == AttachmentPurpose.FORM && fieldId.equals(a.getFieldId())).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Service getService() {
        return service;
    }

    public FormVersion getForm() {
        return form;
    }

    public Citizen getApplicant() {
        return applicant;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public ApplicantRole getRole() {
        return role;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public boolean isPrivacyAccepted() {
        return privacyAcceptedAt != null;
    }

    public String getData() {
        return data;
    }

    public String getDraftInput() {
        return draftInput;
    }

    public int getStep() {
        return step;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public AuthMethod getAuthMethod() {
        return authMethod;
    }

    public String getAuthLevel() {
        return authLevel;
    }

    public Practice getPrevious() {
        return previous;
    }

    public List<StatusChange> getHistory() {
        return List.copyOf(history);
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public List<Message> getMessages() {
        return List.copyOf(messages);
    }
}
