package it.sportello.practice.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.form.entity.FileType;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.text.RichText;
import it.sportello.territory.entity.Area;

/**
 * A citizen's request for a service ("pratica"), from the draft to the outcome. It owns its
 * status: every change goes through a method here that checks the rule and records the step in
 * the iter, with its time and actor; a refused change throws {@link PracticeRefusedException}
 * naming the reason. Once sent, the form version and the data are frozen.
 *
 * <p>On the office's side ("scrivania operatore") a practice is taken in charge or assigned before
 * it can be worked; it may wait for the citizen's integrations; it ends with an outcome, and from
 * then on only messages and internal notes are added. Every operator action is recorded as a
 * {@link DeskAction}, every status as a {@link StatusChange}; {@link #iter()} tells them as one
 * record, one step per event.
 *
 * <p>Which status may follow which is {@link PracticeStatus#canMoveTo}'s one table; the methods
 * here decide whether a move happens now, and the pages ask the same queries they guard with
 * ({@link #canBeTakenBy}, {@link #isWaitingForStamps} ...) rather than reading the status.
 *
 * <p>The parts with state of their own are embedded in the same row and keep their own rules: the
 * {@link Draft} the citizen fills, the {@link Assignment} at the desk and the {@link Decision}.
 * The practice says when each may change, changes the status and records the iter; what a move
 * depends on outside the practice (the protocol register, what the citizen still owes) comes as a
 * {@link DeskPolicy}. Callers read the parts themselves ({@code practice.application.applicantEmail},
 * {@code practice.assignment.operator}).
 *
 * <p>The rules of some groups of actions live in package-private parts the practice hands each
 * action to, so that this class reads as the iter: {@link Correspondence} (messages, notes,
 * integration requests), {@link Dues} (payments and stamp duties), {@link DeskWork} (who works
 * the practice at the desk), {@link Withdrawal} and {@link AppointmentBooking}. They change the
 * status only through {@link #moveTo}, which checks every move against the table.
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
        if (!by.isEnabledFor(service)) {
            throw new PracticeRefusedException("practice.desk.not_enabled");
        }
        Practice practice = new Practice(reference, service, form, applicant, null, now);
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

    // --- filling a draft -----------------------------------------------------------------------

    public void acceptPrivacy(Instant now) {
        requireDraft();
        draft.acceptPrivacy(now);
        updatedAt = now;
    }

    /** The e-mail and phone the office answers to; they may differ from the profile's. */
    public void contacts(String email, String phone, Instant now) {
        requireDraft();
        draft.contacts(email, phone);
        updatedAt = now;
    }

    public void actForSelf(Instant now) {
        requireDraft();
        draft.actForSelf();
        attachments.removeIf(a -> a.getPurpose() == AttachmentPurpose.DELEGATION
                || a.getPurpose() == AttachmentPurpose.IDENTITY_DOCUMENT);
        updatedAt = now;
    }

    public void actFor(Beneficiary someone, Instant now) {
        requireDraft();
        draft.actFor(someone, applicant.getFiscalCode());
        updatedAt = now;
    }

    /**
     * What keeps the delegation of this practice from being sent on that day, by the part to fix,
     * each as a refusal key: the sending refuses the first, the "Ruolo" step shows them all. Empty
     * when the applicant acts for themselves or the delegation is in order.
     */
    public Map<DelegationPart, String> delegationProblems(LocalDate day) {
        return draft.delegationProblems(day, this::holds);
    }

    /** Saves what was typed in the form, unchecked, and where the citizen was. */
    public void fill(String typedInput, int wizardStep, Instant now) {
        requireDraft();
        draft.fill(typedInput, wizardStep);
        updatedAt = now;
    }

    /**
     * Adds a file to the draft: a form field's upload (replacing the earlier one of that field),
     * the delegation or the beneficiary's document (replacing the earlier one).
     */
    public Attachment attach(
            String attachmentReference,
            AttachmentPurpose purpose,
            String fieldId,
            String fileName,
            FileType type,
            byte[] bytes,
            String sha256,
            Instant now) {
        requireDraft();
        if (purpose == AttachmentPurpose.MESSAGE || purpose == AttachmentPurpose.GENERATED) {
            throw new IllegalArgumentException(
                    "Message and generated files are attached with their message or document");
        }
        attachments.removeIf(a -> a.getPurpose() == purpose && Objects.equals(a.getFieldId(), fieldId));
        Attachment attachment = new Attachment(
                attachmentReference,
                this,
                purpose,
                fieldId,
                fileName,
                type,
                bytes,
                sha256,
                now,
                Actor.CITIZEN,
                applicant.getFiscalCode().toString());
        attachments.add(attachment);
        updatedAt = now;
        return attachment;
    }

    /** Takes a form field's file away from the draft (an optional file the citizen no longer sends). */
    public void detachFieldFile(String fieldId, Instant now) {
        requireDraft();
        attachments.removeIf(a -> a.getPurpose() == AttachmentPurpose.FORM && Objects.equals(a.getFieldId(), fieldId));
        updatedAt = now;
    }

    // --- sending ------------------------------------------------------------------------------

    /**
     * Sends the draft: the checks a page may have skipped, then the data frozen as it is, the
     * login that sent it recorded, and the practice <em>Inviata</em> then <em>Acquisita</em> by
     * the desk; or, when the policy says a payment is due with the request, frozen and waiting for
     * the payment (<em>In attesa di pagamento</em>), sent once {@link #paid} says so. The form data
     * must have been validated against the form version by the caller.
     */
    public void send(String frozenData, AuthMethod method, String level, DeskPolicy policy, Instant now, ZoneId zone) {
        send(
                frozenData,
                method,
                level,
                policy,
                Actor.CITIZEN,
                applicant.getFiscalCode().toString(),
                now,
                zone);
    }

    /**
     * Sends a draft the desk started for the citizen ("per conto di un cittadino") and filled
     * with them: the same checks and the same frozen data, recorded as sent by the operator, with
     * no login method of the citizen's; a payment due with the request is the citizen's to make.
     */
    public void sendOnBehalf(String frozenData, StaffAccount by, DeskPolicy policy, Instant now, ZoneId zone) {
        requireEnabled(by);
        if (createdByOperator == null) {
            throw new PracticeRefusedException("practice.desk.on_behalf.citizen_draft");
        }
        send(frozenData, null, null, policy, Actor.OPERATOR, by.getUsername(), now, zone);
    }

    private void send(
            String frozenData,
            AuthMethod method,
            String level,
            DeskPolicy policy,
            Actor sender,
            String senderName,
            Instant now,
            ZoneId zone) {
        requireDraft();
        draft.requireSendable(LocalDate.ofInstant(now, zone), this::holds);
        data = frozenData;
        draft.sent();
        authMethod = method;
        authLevel = level;
        if (policy.paymentDue()) {
            moveTo(PracticeStatus.WAITING_PAYMENT, now, sender, senderName);
            return;
        }
        submit(now, sender, senderName);
    }

    /** Sent: <em>Inviata</em>, then <em>Acquisita</em> by the desk. */
    void submit(Instant now, Actor kind, String actor) {
        sentAt = now;
        moveTo(PracticeStatus.SUBMITTED, now, kind, actor);
        moveTo(PracticeStatus.ACQUIRED, now, Actor.SYSTEM, "sportello");
    }

    /** Places the practice in the area of its address, as it is sent; {@code null} when it has none. */
    public void placeIn(Area where) {
        assignment.placeIn(where);
    }

    // --- payments and stamps: the rules are in Dues -------------------------------------------

    /** Waiting for a payment, at request or on release. */
    public boolean isWaitingForPayment() {
        return status == PracticeStatus.WAITING_PAYMENT || status == PracticeStatus.PAYMENT_PENDING;
    }

    /** Approved, and the outcome waits for the citizen to provide the stamp duties due at release. */
    public boolean isWaitingForStamps() {
        return status == PracticeStatus.WAITING_STAMP_DUTY;
    }

    public void paymentStarted(Instant now) {
        new Dues(this).paymentStarted(now);
    }

    public void paymentFailed(Instant now) {
        new Dues(this).paymentFailed(now);
    }

    /** @return whether the practice was sent now, see {@link Dues#paid} */
    public boolean paid(Instant now, String actor, DeskPolicy policy) {
        return new Dues(this).paid(now, actor, policy);
    }

    public void stampsProvided(Instant now) {
        new Dues(this).stampsProvided(now);
    }

    /** The intermediary refused to create the debt position: the iter says so, the practice still waits. */
    public void paymentCreationFailed(Instant now) {
        act(DeskAction.Kind.PAYMENT_CREATION_FAILED, now, Actor.SYSTEM, "pagopa", null);
    }

    /** "Registra pagamento", a payment made elsewhere: see {@link Dues#paymentRegistered}. */
    public void paymentRegistered(StaffAccount by, String reason, Audience readBy, DeskPolicy policy, Instant now) {
        new Dues(this).paymentRegistered(by, reason, readBy, policy, now);
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

    // --- correspondence: the rules are in Correspondence --------------------------------------

    public Message writeFromCitizen(String text, boolean integrationAnswer, List<PendingFile> files, Instant now) {
        return correspondence().fromCitizen(text, integrationAnswer, files, now);
    }

    public Message writeFromOperator(StaffAccount by, RichText text, List<PendingFile> files, Instant now) {
        return correspondence().fromOperator(by, text, files, now);
    }

    /** A note for colleagues only ("nota interna"). */
    public InternalNote note(StaffAccount by, String text, Instant now) {
        return correspondence().note(by, text, now);
    }

    /** "Richiedi integrazioni". */
    public IntegrationRequest requestIntegration(StaffAccount by, RichText text, List<PendingFile> files, Instant now) {
        return correspondence().requestIntegration(by, text, files, now);
    }

    /**
     * The office asked the citizen for integrations and waits for them: the citizen's messages
     * answer the request, and no outcome is given until it is accepted or cancelled.
     */
    public boolean isWaitingForIntegration() {
        return status == PracticeStatus.WAITING_INTEGRATION;
    }

    /** The open integration request, if the practice waits for one. */
    public Optional<IntegrationRequest> openIntegration() {
        return correspondence().openIntegration();
    }

    /** What the citizen wrote since the open integration request: what the operator may accept. */
    public List<Message> integrationAnswers() {
        return correspondence().integrationAnswers();
    }

    /** "Accetta integrazioni". */
    public IntegrationRequest acceptIntegration(
            StaffAccount by, List<Message> accepted, PendingFile document, Instant now) {
        return correspondence().acceptIntegration(by, accepted, document, now);
    }

    /** "Annulla richiesta integrazioni". */
    public void cancelIntegration(StaffAccount by, Instant now) {
        correspondence().cancelIntegration(by, now);
    }

    Correspondence correspondence() {
        return new Correspondence(this, messages, notes, integrations);
    }

    // --- the office's desk: the rules are in DeskWork -----------------------------------------

    public void takeCharge(StaffAccount by, DeskPolicy policy, Instant now) {
        desk().takeCharge(by, policy, now);
    }

    public void takeOver(StaffAccount by, Instant now) {
        desk().takeOver(by, now);
    }

    public void assign(StaffAccount by, Office toOffice, StaffAccount toOperator, DeskPolicy policy, Instant now) {
        desk().assign(by, toOffice, toOperator, policy, now);
    }

    /** Automatic assignment when the practice arrives; whether it did anything. */
    public boolean route(Office to, Instant now) {
        return desk().route(to, now);
    }

    public void prioritize(StaffAccount by, Priority next, Instant now) {
        desk().prioritize(by, next, now);
    }

    /** Whether the desk may assign the practice or change its priority: sent and not decided. */
    public boolean isChangeableByDesk() {
        return desk().deskRefusal().isEmpty();
    }

    /** Whether "Prendi in carico" is open to the operator with that username. */
    public boolean canBeTakenBy(String username, DeskPolicy policy) {
        return desk().takeRefusal(username, policy).isEmpty();
    }

    /** Whether "Subentra a ..." is open to the operator with that username. */
    public boolean canBeTakenOverBy(String username) {
        return desk().takeOverRefusal(username).isEmpty();
    }

    /** Whether the operator with that username works the practice now. */
    public boolean canBeWorkedBy(String username) {
        return desk().workRefusal(username).isEmpty();
    }

    void requireWorkedBy(StaffAccount by) {
        desk().requireWorkedBy(by);
    }

    void requireEnabled(StaffAccount by) {
        if (!by.isEnabledFor(service)) {
            throw new PracticeRefusedException("practice.desk.not_enabled");
        }
    }

    private DeskWork desk() {
        return new DeskWork(this, assignment);
    }

    // --- the outcome --------------------------------------------------------------------------

    /** "Approva". See {@link #decide}. */
    public Message approve(
            StaffAccount by,
            RichText text,
            PendingFile letter,
            List<PendingFile> files,
            ReleaseCharges charges,
            DeskPolicy policy,
            Instant now) {
        return decide(Outcome.ACCEPTED, by, text, letter, files, charges, policy, now);
    }

    /** "Approva parzialmente". See {@link #decide}. */
    public Message approvePartially(
            StaffAccount by,
            RichText text,
            PendingFile letter,
            List<PendingFile> files,
            ReleaseCharges charges,
            DeskPolicy policy,
            Instant now) {
        return decide(Outcome.PARTIALLY_ACCEPTED, by, text, letter, files, charges, policy, now);
    }

    /** "Rigetta". See {@link #decide}. */
    public Message reject(
            StaffAccount by,
            RichText text,
            PendingFile letter,
            List<PendingFile> files,
            DeskPolicy policy,
            Instant now) {
        return decide(Outcome.REJECTED, by, text, letter, files, ReleaseCharges.NONE, policy, now);
    }

    /**
     * The outcome, by the operator working the practice and not while integrations are awaited:
     * a message to the citizen (required), the response document (uploaded, or made from the
     * message by the caller) and attachments. What the practice then waits for, if anything, is
     * the {@link Decision}'s to say; a practice <em>Elaborata</em> gets its outcome once its letter
     * is registered ({@link #releaseOutcome}).
     */
    private Message decide(
            Outcome outcome,
            StaffAccount by,
            RichText text,
            PendingFile letter,
            List<PendingFile> files,
            ReleaseCharges charges,
            DeskPolicy policy,
            Instant now) {
        requireWorkedBy(by);
        if (isWaitingForIntegration()) {
            throw new PracticeRefusedException("practice.desk.integration.open");
        }
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.desk.outcome.message_required");
        }
        if (letter == null) {
            throw new PracticeRefusedException("practice.desk.outcome.letter_required");
        }
        Message message = correspondence().operatorMessage(by, text, files, now);
        Attachment document = generated(letter, by, now);
        message.attach(document);
        decision = new Decision(outcome, document);
        act(DeskAction.Kind.OUTCOME, now, Actor.OPERATOR, by.getUsername(), outcome.name());
        moveTo(decision.statusOnDeciding(charges, policy), now, Actor.OPERATOR, by.getUsername());
        return message;
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

    /** Decided with the protocol register on: <em>Elaborata</em> until the outcome letter is registered. */
    public boolean isWaitingForOutcomeLetter() {
        return status == PracticeStatus.PROCESSED;
    }

    /** The outcome letter was registered in the protocol: the decided practice gets its outcome. */
    public void releaseOutcome(Instant now) {
        if (!isWaitingForOutcomeLetter() || decision == null) {
            throw new PracticeRefusedException("practice.desk.outcome.not_processed");
        }
        Outcome outcome = decision.getOutcome();
        act(DeskAction.Kind.OUTCOME_RELEASED, now, Actor.SYSTEM, "sportello", outcome.name());
        moveTo(outcome.status(), now, Actor.SYSTEM, "sportello");
    }

    // --- appointments -------------------------------------------------------------------------

    /** The calendar the applicant books an appointment for this practice on: see {@link AppointmentBooking}. */
    public String appointmentCalendar(FiscalCode by) {
        if (by == null || !isOwnedBy(by)) {
            throw new PracticeRefusedException("practice.appointment.not_applicant", reference);
        }
        return new AppointmentBooking(this).calendar();
    }

    /** The same calendar, for an operator enabled for the practice's service booking for the applicant. */
    public String appointmentCalendar(StaffAccount by) {
        requireEnabled(by);
        return new AppointmentBooking(this).calendar();
    }

    /** Whether the practice shows the Appuntamenti tab: sent, and its service books on a calendar. */
    public boolean isWithAppointments() {
        return isSent() && service.isBookable();
    }

    /**
     * The iter records the appointment fixed for the practice ("Appuntamento fissato per ..."):
     * its start and end, written as data ({@code 2026-11-30T09:00/09:40}) so that each reader
     * reads the day in their own language.
     */
    public void appointmentFixed(
            LocalDateTime startsAt, LocalDateTime endsAt, Actor actorKind, String actor, Instant now) {
        act(DeskAction.Kind.APPOINTMENT, now, actorKind, actor, startsAt + "/" + endsAt.toLocalTime());
    }

    // --- the iter and what the parts above share ----------------------------------------------

    /** The iter, oldest first, one step per event: see {@link IterSteps}. */
    public List<IterStep> iter() {
        return IterSteps.of(history, actions);
    }

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

    /** Adds a file that came with a message or was made as a document, uploaded now by its author. */
    Attachment attachFile(
            PendingFile file, AttachmentPurpose purpose, Instant now, Actor uploaderKind, String uploader) {
        Attachment attachment = file.attachTo(this, purpose, now, uploaderKind, uploader);
        attachments.add(attachment);
        return attachment;
    }

    /** A document the desk made (an outcome letter, an integration document), by the operator. */
    Attachment generated(PendingFile file, StaffAccount by, Instant now) {
        return attachFile(file, AttachmentPurpose.GENERATED, now, Actor.OPERATOR, by.getUsername());
    }

    private void requireDraft() {
        if (!isDraft()) {
            throw new PracticeRefusedException("practice.not_draft");
        }
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
        return Optional.ofNullable(sentAt)
                .map(sent -> LocalDate.ofInstant(sent, zone).plusDays(service.getMaxResponseDays()));
    }

    public Optional<Attachment> attachment(AttachmentPurpose purpose) {
        return attachments.stream().filter(a -> a.getPurpose() == purpose).findFirst();
    }

    private boolean holds(AttachmentPurpose purpose) {
        return attachment(purpose).isPresent();
    }

    public Optional<Attachment> attachmentOfField(String fieldId) {
        return attachments.stream()
                .filter(a -> a.getPurpose() == AttachmentPurpose.FORM && fieldId.equals(a.getFieldId()))
                .findFirst();
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
