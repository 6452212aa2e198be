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
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.StaffAccount;

/**
 * A citizen's request for a service ("pratica"), from the draft to the outcome: the root of its
 * parts, which owns its status. Every change of status checks the rule and records the step in the
 * iter, with its time and actor; a refused change throws {@link PracticeRefusedException} naming
 * the reason. Once sent, the form version and the data are frozen.
 *
 * <p>On the office's side ("scrivania operatore") a practice is taken in charge or assigned before
 * it can be worked; it may wait for the citizen's integrations; it ends with an outcome, and from
 * then on only messages and internal notes are added. Every operator action is recorded as a
 * {@link DeskAction}, every status as a {@link StatusChange}; {@link #iter()} tells them as one
 * record, one step per event.
 *
 * <p>Which status may follow which is {@link PracticeStatus#canMoveTo}'s one table, and
 * {@link #moveTo} checks every move against it. The practice itself is started, registered and
 * withdrawn (as {@link Withdrawal} allows); the other actions are asked of the part that holds
 * their rules, which the practice hands out: {@link #filling()} the draft and its sending,
 * {@link #correspondence()} (messages, notes, integration requests), {@link #dues()} (payments and
 * stamp duties), {@link #desk()} (who works the practice at the desk), {@link #deciding()} (the
 * outcome) and {@link #appointments()}, as in {@code practice.desk().takeCharge(by, policy, now)}.
 * A part lives for one call and changes the status only through the practice. The pages ask the
 * same queries the actions guard with ({@code desk().canBeTakenBy}, {@link #isWaitingForStamps}
 * ...) rather than reading the status.
 *
 * <p>The values with state of their own are embedded in the same row and keep their own rules: the
 * {@link Draft} the citizen fills, the {@link Assignment} at the desk and the {@link Decision}.
 * What a move depends on outside the practice (the protocol register, what the citizen still owes)
 * comes as a {@link DeskPolicy}. Callers read those values themselves
 * ({@code practice.application.applicantEmail}, {@code practice.assignment.operator}).
 */
@Entity
@Table(name = "practice")
@NamedQuery(name = Practice.BY_REFERENCE, query = "SELECT p FROM Practice p WHERE p.reference = :reference")
@NamedQuery(
        name = Practice.OF_APPLICANT,
        query =
                "SELECT p FROM Practice p WHERE p.applicant.fiscalCode = :fiscalCode ORDER BY p.updatedAt DESC, p.id DESC")
@NamedQuery(
        name = Practice.STATUS_COUNTS,
        query =
                "SELECT p.status, COUNT(p) FROM Practice p WHERE p.applicant.fiscalCode = :fiscalCode GROUP BY p.status")
@NamedQuery(
        name = Practice.SERVICE_STATUS_COUNTS,
        query =
                "SELECT p.status, COUNT(p) FROM Practice p WHERE p.applicant.fiscalCode = :fiscalCode AND p.service.code = :service GROUP BY p.status")
@NamedQuery(name = Practice.SENT_COUNT, query = "SELECT COUNT(p) FROM Practice p WHERE p.sentAt IS NOT NULL")
public class Practice {

    /** How many first characters of a request number name it among people: see {@link #getShortReference()}. */
    public static final int SHORT_REFERENCE_LENGTH = 8;

    public static final String BY_REFERENCE = "Practice.byReference";
    public static final String OF_APPLICANT = "Practice.ofApplicant";
    public static final String STATUS_COUNTS = "Practice.statusCounts";
    public static final String SERVICE_STATUS_COUNTS = "Practice.serviceStatusCounts";
    public static final String SENT_COUNT = "Practice.sentCount";

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

    @Embedded
    private Draft draft;

    /** The checked form data, frozen when the practice was sent. */
    @Column(name = "form_data", length = DATA_LENGTH)
    private String data;

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

    @Embedded
    private Assignment assignment = new Assignment();

    /** When the status last changed ("ultimo cambio stato"), what the desk's list filters and sorts by. */
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    /** None until the office decides. */
    @Embedded
    private Decision decision;

    /** The operator who started the practice on behalf of the citizen, if one did. */
    @Column(name = "created_by_operator", updatable = false, length = StaffAccount.USERNAME_LENGTH)
    private String createdByOperator;

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL)
    @OrderBy("writtenAt, id")
    private List<InternalNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL)
    @OrderBy("requestedAt, id")
    private List<IntegrationRequest> integrations = new ArrayList<>();

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<DeskAction> actions = new ArrayList<>();

    @Version
    private long version;

    protected Practice() {
        // for JPA
    }

    private Practice(
            String reference, Service service, FormVersion form, Citizen applicant, Practice previous, Instant now) {
        this.reference = reference;
        this.service = service;
        this.form = form;
        this.applicant = applicant;
        this.previous = previous;
        this.draft = new Draft(applicant.getContacts());
        this.createdAt = now;
        this.updatedAt = now;
        this.status = PracticeStatus.initial();
        record(status, now, Actor.CITIZEN, applicant.getFiscalCode().toString());
    }

    /**
     * A new draft of the citizen for the service, on its current form. A practice that changes an
     * earlier one (rinnovo, voltura…) names it: it must be the same citizen's, for the same
     * service, and sent.
     */
    public static Practice start(
            String reference, Service service, FormVersion form, Citizen applicant, Practice previous, Instant now) {
        if (previous != null
                && (!previous.isOwnedBy(applicant.getFiscalCode())
                        || !previous.service.getCode().equals(service.getCode())
                        || !previous.isSent())) {
            throw new PracticeRefusedException("practice.previous.invalid");
        }
        return new Practice(reference, service, form, applicant, previous, now);
    }

    /**
     * A draft an operator starts for a citizen ("nuova pratica per conto di un cittadino"): it is
     * the citizen's practice, in the citizen's area; the iter says which operator started it.
     */
    public static Practice startOnBehalf(
            String reference, Service service, FormVersion form, Citizen applicant, StaffAccount by, Instant now) {
        Practice practice = new Practice(reference, service, form, applicant, null, now);
        practice.desk().requireEnabled(by);
        practice.history.clear();
        practice.createdByOperator = by.getUsername();
        practice.record(practice.status, now, Actor.OPERATOR, by.getUsername());
        practice.act(
                DeskAction.Kind.ON_BEHALF,
                now,
                Actor.OPERATOR,
                by.getUsername(),
                applicant.getFiscalCode().toString());
        return practice;
    }

    // --- sending: the checks are in Filling --------------------------------------------------

    /** The draft is sent: its data frozen as they are, with the login that sent it, if a citizen's. */
    void freeze(String frozenData, AuthMethod method, String level) {
        data = frozenData;
        authMethod = method;
        authLevel = level;
    }

    /** Sent: <em>Inviata</em>, then <em>Acquisita</em> by the desk. */
    void submit(Instant now, Actor kind, String actor) {
        sentAt = now;
        moveTo(PracticeStatus.SUBMITTED, now, kind, actor);
        moveTo(PracticeStatus.ACQUIRED, now, Actor.SYSTEM, "sportello");
    }

    /**
     * The sending was registered in the protocol register: a practice still waiting for the office
     * becomes <em>Protocollata</em>; one an operator already works keeps its status.
     */
    public void registerInProtocol(Instant now) {
        if (status == PracticeStatus.SUBMITTED || status == PracticeStatus.ACQUIRED) {
            moveTo(PracticeStatus.REGISTERED, now, Actor.SYSTEM, "sportello");
        }
    }

    // --- withdrawal ---------------------------------------------------------------------------

    /** Whether the citizen may withdraw the practice now, or why not: see {@link Withdrawal#of}. */
    public Withdrawal withdrawal(FiscalCode by, WithdrawalCheck check) {
        return Withdrawal.of(this, by, check);
    }

    /** "Ritira pratica": the citizen withdraws the practice; refused with the reason {@link #withdrawal} gives. */
    public void withdraw(FiscalCode by, WithdrawalCheck check, Instant now) {
        Withdrawal withdrawal = withdrawal(by, check);
        if (!withdrawal.isAllowed()) {
            throw new PracticeRefusedException(withdrawal.refusal());
        }
        moveTo(PracticeStatus.WITHDRAWN, now, Actor.CITIZEN, by.toString());
    }

    // --- the parts the other actions are asked of ---------------------------------------------

    /** Filling the draft: privacy, contacts, role, typed input and files. */
    public Filling filling() {
        return new Filling(this, draft, attachments);
    }

    /** Messages, internal notes and integration requests. */
    public Correspondence correspondence() {
        return new Correspondence(this, messages, notes, integrations, attachments);
    }

    /** Payments and stamp duties. */
    public Dues dues() {
        return new Dues(this);
    }

    /** Who works the practice at the desk, and whether an operator may. */
    public DeskWork desk() {
        return new DeskWork(this, assignment);
    }

    /** The office's outcome. */
    public Deciding deciding() {
        return new Deciding(this);
    }

    /** The appointments booked for the practice. */
    public AppointmentBooking appointments() {
        return new AppointmentBooking(this);
    }

    // --- what the pages ask -------------------------------------------------------------------

    public boolean isDraft() {
        return status == PracticeStatus.DRAFT;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public boolean isOwnedBy(FiscalCode fiscalCode) {
        return applicant.getFiscalCode().equals(fiscalCode);
    }

    /** Waiting for a payment, at request or on release. */
    public boolean isWaitingForPayment() {
        return status == PracticeStatus.WAITING_PAYMENT || status == PracticeStatus.PAYMENT_PENDING;
    }

    /** Approved, and the outcome waits for the citizen to provide the stamp duties due at release. */
    public boolean isWaitingForStamps() {
        return status == PracticeStatus.WAITING_STAMP_DUTY;
    }

    /**
     * The office asked the citizen for integrations and waits for them: the citizen's messages
     * answer the request, and no outcome is given until it is accepted or cancelled.
     */
    public boolean isWaitingForIntegration() {
        return status == PracticeStatus.WAITING_INTEGRATION;
    }

    /** Decided with the protocol register on: <em>Elaborata</em> until the outcome letter is registered. */
    public boolean isWaitingForOutcomeLetter() {
        return status == PracticeStatus.PROCESSED;
    }

    /** The day the office must answer by: sent plus the service's maximum days. */
    public Optional<LocalDate> answerDueBy(ZoneId zone) {
        return Optional.ofNullable(sentAt)
                .map(sent -> LocalDate.ofInstant(sent, zone).plusDays(service.getMaxResponseDays()));
    }

    public Optional<Attachment> attachment(AttachmentPurpose purpose) {
        return attachments.stream().filter(a -> a.getPurpose() == purpose).findFirst();
    }

    public Optional<Attachment> attachmentOfField(String fieldId) {
        return attachments.stream()
                .filter(a -> a.getPurpose() == AttachmentPurpose.FORM && fieldId.equals(a.getFieldId()))
                .findFirst();
    }

    /** The iter, oldest first, one step per event: see {@link IterSteps}. */
    public List<IterStep> iter() {
        return IterSteps.of(history, actions);
    }

    // --- what the parts share -----------------------------------------------------------------

    /**
     * The one place the status changes. A move missing from the iter's table is a bug of the
     * method that asked for it, not a refusal the citizen or the operator could be told about.
     */
    void moveTo(PracticeStatus next, Instant now, Actor kind, String actor) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("Practice " + reference + " cannot move from " + status + " to " + next);
        }
        status = next;
        updatedAt = now;
        record(next, now, kind, actor);
    }

    private void record(PracticeStatus next, Instant now, Actor kind, String actor) {
        history.add(new StatusChange(this, next, now, kind, actor));
        statusChangedAt = now;
    }

    void act(DeskAction.Kind kind, Instant now, Actor actorKind, String actor, String detail) {
        actions.add(new DeskAction(this, kind, now, actorKind, actor, detail));
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    /** The office decided: see {@link Deciding}. */
    void decided(Decision taken) {
        decision = taken;
    }

    boolean holds(AttachmentPurpose purpose) {
        return attachment(purpose).isPresent();
    }

    void requireDraft() {
        if (!isDraft()) {
            throw new PracticeRefusedException("practice.not_draft");
        }
    }

    // --- reading the practice and its parts ----------------------------------------------------

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    /**
     * The first characters of the request number, enough to tell practices apart when people read
     * it out or type it: the operators' list finds a practice by them.
     */
    public String getShortReference() {
        return reference.substring(0, Math.min(SHORT_REFERENCE_LENGTH, reference.length()));
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

    /**
     * What the citizen filled besides the form's data: contacts, role, beneficiary, typed input.
     * Not {@code getDraft()}: pages read {@code practice.draft} as {@link #isDraft()}.
     */
    public Draft getApplication() {
        return draft;
    }

    /** Who has the practice at the desk: office, area, operator and priority. */
    public Assignment getAssignment() {
        return assignment;
    }

    /** The office's decision, none until it decides. */
    public Optional<Decision> getDecision() {
        return Optional.ofNullable(decision);
    }

    public String getData() {
        return data;
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

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getCreatedByOperator() {
        return createdByOperator;
    }

    /** Internal notes: for operators only, never among the messages. */
    public List<InternalNote> getNotes() {
        return List.copyOf(notes);
    }

    public List<IntegrationRequest> getIntegrations() {
        return List.copyOf(integrations);
    }

    /** What the desk did, in order: the operators' iter. */
    public List<DeskAction> getActions() {
        return List.copyOf(actions);
    }
}
