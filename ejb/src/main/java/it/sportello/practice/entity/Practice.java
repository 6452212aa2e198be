package it.sportello.practice.entity;

import static it.sportello.practice.entity.Refusals.refuse;
import static it.sportello.practice.entity.Refusals.refusedIf;

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
import it.sportello.catalog.entity.Workflow;
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
 * {@link DeskPolicy}.
 */
@Entity
@Table(name = "practice")
@NamedQuery(name = Practice.BY_REFERENCE, query = "SELECT p FROM Practice p WHERE p.reference = :reference")
@NamedQuery(name = Practice.OF_APPLICANT, query = "SELECT p FROM Practice p WHERE p.applicant.fiscalCode = :fiscalCode ORDER BY p.updatedAt DESC, p.id DESC")
@NamedQuery(name = Practice.STATUS_COUNTS, query = "SELECT p.status, COUNT(p) FROM Practice p WHERE p.applicant.fiscalCode = :fiscalCode GROUP BY p.status")
@NamedQuery(name = Practice.SERVICE_STATUS_COUNTS, query = "SELECT p.status, COUNT(p) FROM Practice p WHERE p.applicant.fiscalCode = :fiscalCode AND p.service.code = :service GROUP BY p.status")
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

    private Practice(String reference, Service service, FormVersion form, Citizen applicant, Practice previous, Instant now) {
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
    public Attachment attach(String attachmentReference, AttachmentPurpose purpose, String fieldId, String fileName,
            FileType type, byte[] bytes, String sha256, Instant now) {
        requireDraft();
        if (purpose == AttachmentPurpose.MESSAGE || purpose == AttachmentPurpose.GENERATED) {
            throw new IllegalArgumentException("Message and generated files are attached with their message or document");
        }
        attachments.removeIf(a -> a.getPurpose() == purpose && Objects.equals(a.getFieldId(), fieldId));
        Attachment attachment = new Attachment(attachmentReference, this, purpose, fieldId, fileName, type, bytes, sha256,
                now, Actor.CITIZEN, applicant.getFiscalCode().toString());
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
        send(frozenData, method, level, policy, Actor.CITIZEN, applicant.getFiscalCode().toString(), now, zone);
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

    private void send(String frozenData, AuthMethod method, String level, DeskPolicy policy, Actor sender, String senderName,
            Instant now, ZoneId zone) {
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

    private void submit(Instant now, Actor kind, String actor) {
        sentAt = now;
        moveTo(PracticeStatus.SUBMITTED, now, kind, actor);
        moveTo(PracticeStatus.ACQUIRED, now, Actor.SYSTEM, "sportello");
    }

    // --- payments -----------------------------------------------------------------------------

    /** Waiting for a payment, at request or on release. */
    public boolean isWaitingForPayment() {
        return status == PracticeStatus.WAITING_PAYMENT || status == PracticeStatus.PAYMENT_PENDING;
    }

    /** The citizen went to the checkout: <em>In attesa dell'esito di pagamento</em>. */
    public void paymentStarted(Instant now) {
        if (status == PracticeStatus.WAITING_PAYMENT) {
            moveTo(PracticeStatus.PAYMENT_PENDING, now, Actor.CITIZEN, applicant.getFiscalCode().toString());
        }
    }

    /** The checkout ended without payment: waiting for a payment again. */
    public void paymentFailed(Instant now) {
        if (status == PracticeStatus.PAYMENT_PENDING) {
            moveTo(PracticeStatus.WAITING_PAYMENT, now, Actor.SYSTEM, "pagopa");
        }
    }

    /**
     * The payment the practice waited for is made: <em>Pagamento avvenuto</em>, then a request is
     * sent (and acquired by the desk) and an approved practice gets its outcome. Nothing happens
     * when the practice was not waiting (a repeated confirmation). An approved practice whose stamp
     * duties at release are still to be provided, as the policy says, then waits for them
     * (<em>In attesa di pagamento bolli</em>).
     *
     * @return whether the practice was sent now
     */
    public boolean paid(Instant now, String actor, DeskPolicy policy) {
        if (!isWaitingForPayment()) {
            return false;
        }
        moveTo(PracticeStatus.PAYMENT_DONE, now, Actor.SYSTEM, actor);
        if (decision != null) {
            moveTo(decision.statusOnPayment(policy), now, Actor.SYSTEM, actor);
            return false;
        }
        submit(now, Actor.SYSTEM, actor);
        return true;
    }

    /** Approved, and the outcome waits for the citizen to provide the stamp duties due at release. */
    public boolean isWaitingForStamps() {
        return status == PracticeStatus.WAITING_STAMP_DUTY;
    }

    /** The citizen provided the stamp duties due at release: the approved practice gets its outcome. */
    public void stampsProvided(Instant now) {
        if (!isWaitingForStamps() || decision == null) {
            throw new PracticeRefusedException("practice.stamps.not_waiting");
        }
        moveTo(decision.getOutcome().status(), now, Actor.CITIZEN, applicant.getFiscalCode().toString());
    }

    /** The intermediary refused to create the debt position: the iter says so, the practice still waits. */
    public void paymentCreationFailed(Instant now) {
        act(DeskAction.Kind.PAYMENT_CREATION_FAILED, now, Actor.SYSTEM, "pagopa", null);
    }

    /**
     * "Registra pagamento": the operator records a payment made elsewhere, with the reason, for the
     * citizen or the office to read; then the practice goes on as {@link #paid} says.
     */
    public void paymentRegistered(StaffAccount by, String reason, Audience readBy, DeskPolicy policy, Instant now) {
        requireEnabled(by);
        if (reason == null || reason.isBlank()) {
            throw new PracticeRefusedException("practice.desk.payment.reason_required");
        }
        if (readBy == Audience.CITIZEN) {
            fromOperator(by, RichText.ofPlain(reason), List.of(), now);
        } else {
            notes.add(new InternalNote(this, by.getUsername(), reason.strip(), now));
        }
        act(DeskAction.Kind.PAYMENT_REGISTERED, now, Actor.OPERATOR, by.getUsername(), null);
        paid(now, by.getUsername(), policy);
    }

    // --- after sending ------------------------------------------------------------------------

    /**
     * Whether the citizen may withdraw the practice ("Ritira pratica") now, or why not: not the
     * applicant, the practice is not with the office, the office has decided it (its letter waits
     * for the protocol register), the service does not allow it, a payment
     * exists, the practice was forwarded to another back office that acquired it, or the protocol
     * register is on and the practice is not registered yet. Asked by the page, which offers the
     * action only when it can succeed, and by {@link #withdraw}, so that both say the same.
     */
    public Withdrawal withdrawal(FiscalCode by, WithdrawalCheck check) {
        if (!isOwnedBy(by)) {
            return Withdrawal.refused("practice.withdraw.not_applicant");
        }
        if (!status.isOpen()) {
            return Withdrawal.refused(Withdrawal.NOT_OPEN);
        }
        if (status == PracticeStatus.PROCESSED) {
            return Withdrawal.refused("practice.withdraw.decided");
        }
        if (!service.isWithdrawalAllowed()) {
            return Withdrawal.refused("practice.withdraw.not_allowed");
        }
        if (check.paymentExists()) {
            return Withdrawal.refused("practice.withdraw.payment");
        }
        if (service.getWorkflow() == Workflow.FORWARD && status.compareTo(PracticeStatus.ACQUIRED) >= 0) {
            return Withdrawal.refused("practice.withdraw.forwarded");
        }
        if (check.protocolOn() && (status == PracticeStatus.SUBMITTED || status == PracticeStatus.ACQUIRED)) {
            return Withdrawal.refused("practice.withdraw.not_registered");
        }
        return Withdrawal.ALLOWED;
    }

    /** The citizen withdraws the practice; refused with the reason {@link #withdrawal} gives. */
    public void withdraw(FiscalCode by, WithdrawalCheck check, Instant now) {
        Withdrawal withdrawal = withdrawal(by, check);
        if (!withdrawal.isAllowed()) {
            throw new PracticeRefusedException(withdrawal.refusal());
        }
        moveTo(PracticeStatus.WITHDRAWN, now, Actor.CITIZEN, by.toString());
    }

    /**
     * The answer of {@link #withdrawal}: allowed, or the message key of the reason.
     *
     * @param refusal null when allowed
     */
    public record Withdrawal(String refusal) implements java.io.Serializable {

        public static final Withdrawal ALLOWED = new Withdrawal(null);
        static final String NOT_OPEN = "practice.withdraw.not_open";

        static Withdrawal refused(String reason) {
            return new Withdrawal(reason);
        }

        public boolean isAllowed() {
            return refusal == null;
        }

        /**
         * The reason to show next to where the action would be, null when there is none to show: a
         * draft, or a practice already decided or withdrawn, has no withdrawal to speak of.
         */
        public String shownRefusal() {
            return NOT_OPEN.equals(refusal) ? null : refusal;
        }
    }

    /**
     * A message of the citizen to the office, with its files; possible at any time after sending,
     * also after the outcome. An answer to an integration request only while one is open.
     */
    public Message writeFromCitizen(String text, boolean integrationAnswer, List<PendingFile> files, Instant now) {
        if (isDraft()) {
            throw new PracticeRefusedException("practice.message.draft");
        }
        if (integrationAnswer && !isWaitingForIntegration()) {
            throw new PracticeRefusedException("practice.integration.none");
        }
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.message.empty");
        }
        if (files.stream().mapToLong(file -> file.bytes().length).sum() > Message.MAX_FILES_SIZE) {
            throw new PracticeRefusedException("practice.message.files_too_large", Message.MAX_FILES_SIZE / (1024 * 1024));
        }
        return post(new Message(this, Actor.CITIZEN, applicant.getFiscalCode().toString(), text.strip(), now, integrationAnswer),
                files, now);
    }

    // --- the office's desk ----------------------------------------------------------------------

    /**
     * A draft an operator starts for a citizen ("nuova pratica per conto di un cittadino"): it is
     * the citizen's practice, in the citizen's area; the iter says which operator started it.
     */
    public static Practice startOnBehalf(String reference, Service service, FormVersion form, Citizen applicant,
            StaffAccount by, Instant now) {
        if (!by.isEnabledFor(service)) {
            throw new PracticeRefusedException("practice.desk.not_enabled");
        }
        Practice practice = new Practice(reference, service, form, applicant, null, now);
        practice.history.clear();
        practice.createdByOperator = by.getUsername();
        practice.record(practice.status, now, Actor.OPERATOR, by.getUsername());
        practice.act(DeskAction.Kind.ON_BEHALF, now, Actor.OPERATOR, by.getUsername(), applicant.getFiscalCode().toString());
        return practice;
    }

    /**
     * "Prendi in carico": the operator starts working a practice the office received (acquired or
     * registered; merely sent when there is no protocol register), or one that was left without an
     * operator. A practice another operator holds is taken over instead.
     */
    public void takeCharge(StaffAccount by, DeskPolicy policy, Instant now) {
        requireEnabled(by);
        refuse(takeRefusal(by.getUsername(), policy));
        boolean waiting = status.isWaitingForOffice(policy);
        assignment.take(by, service.getOffice());
        act(DeskAction.Kind.TAKE_CHARGE, now, Actor.OPERATOR, by.getUsername(), null);
        if (waiting) {
            moveTo(PracticeStatus.IN_PROGRESS, now, Actor.OPERATOR, by.getUsername());
        }
    }

    /** "Subentra a ...": the operator takes a practice a colleague is working. */
    public void takeOver(StaffAccount by, Instant now) {
        requireEnabled(by);
        refuse(takeOverRefusal(by.getUsername()));
        String colleague = assignment.takeOver(by);
        updatedAt = now;
        act(DeskAction.Kind.TAKE_OVER, now, Actor.OPERATOR, by.getUsername(), colleague);
    }

    /**
     * Gives the practice to an office and/or an operator, as {@link Assignment} allows; a practice
     * still waiting for the office is then taken in charge for that operator.
     */
    public void assign(StaffAccount by, Office toOffice, StaffAccount toOperator, DeskPolicy policy, Instant now) {
        requireChangeable(by);
        assignment.assign(toOffice, toOperator, service);
        updatedAt = now;
        act(DeskAction.Kind.ASSIGN, now, Actor.OPERATOR, by.getUsername(), assignment.holders());
        if (toOperator != null && status.isWaitingForOffice(policy)) {
            moveTo(PracticeStatus.IN_PROGRESS, now, Actor.OPERATOR, by.getUsername());
        }
    }

    /**
     * Automatic assignment when the practice arrives: the office a routing rule of the service
     * names, unless somebody already assigned one. Whether it did anything is returned.
     */
    public boolean route(Office to, Instant now) {
        if (isDraft() || !status.isOpen() || isWaitingForOutcomeLetter() || !assignment.routeTo(to)) {
            return false;
        }
        act(DeskAction.Kind.ROUTE, now, Actor.SYSTEM, "sportello", to.getCode());
        return true;
    }

    /** "Cambio priorità": any operator of the service, while the practice is not decided. */
    public void prioritize(StaffAccount by, Priority next, Instant now) {
        requireChangeable(by);
        assignment.prioritize(next);
        act(DeskAction.Kind.PRIORITY, now, Actor.OPERATOR, by.getUsername(), next.name());
    }

    /**
     * "Richiedi integrazioni": the operator working the practice asks the citizen for more; the
     * reason is required, files may go with it. The practice waits for the citizen's answer.
     */
    public IntegrationRequest requestIntegration(StaffAccount by, RichText text, List<PendingFile> files, Instant now) {
        requireWorkedBy(by);
        if (isWaitingForIntegration()) {
            throw new PracticeRefusedException("practice.desk.integration.already_open");
        }
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.desk.integration.message_required");
        }
        Message message = fromOperator(by, text, files, now);
        IntegrationRequest request = new IntegrationRequest(this, message, now, by.getUsername());
        integrations.add(request);
        act(DeskAction.Kind.INTEGRATION_REQUEST, now, Actor.OPERATOR, by.getUsername(), null);
        moveTo(PracticeStatus.WAITING_INTEGRATION, now, Actor.OPERATOR, by.getUsername());
        return request;
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
        return integrations.stream().filter(IntegrationRequest::isOpen).findFirst();
    }

    /** What the citizen wrote since the open integration request: what the operator may accept. */
    public List<Message> integrationAnswers() {
        return openIntegration().map(open -> messages.stream().filter(Message::isFromCitizen)
                .filter(m -> !m.getSentAt().isBefore(open.getRequestedAt())).toList()).orElse(List.of());
    }

    /**
     * "Accetta integrazioni": the operator accepts some of the citizen's answers; they go into the
     * integration document (made from them by the caller) and the practice is worked again.
     */
    public IntegrationRequest acceptIntegration(StaffAccount by, List<Message> accepted, PendingFile document, Instant now) {
        requireWorkedBy(by);
        IntegrationRequest open = openIntegration()
                .orElseThrow(() -> new PracticeRefusedException("practice.desk.integration.none"));
        if (accepted.isEmpty()) {
            throw new PracticeRefusedException("practice.desk.integration.nothing_selected");
        }
        if (!integrationAnswers().containsAll(accepted)) {
            throw new PracticeRefusedException("practice.desk.integration.not_an_answer");
        }
        Attachment integration = generated(document, by, now);
        open.accept(accepted, integration, now, by.getUsername());
        act(DeskAction.Kind.INTEGRATION_ACCEPT, now, Actor.OPERATOR, by.getUsername(), null);
        moveTo(PracticeStatus.IN_PROGRESS, now, Actor.OPERATOR, by.getUsername());
        return open;
    }

    /** "Annulla richiesta integrazioni": the practice is worked again without the answers. */
    public void cancelIntegration(StaffAccount by, Instant now) {
        requireWorkedBy(by);
        IntegrationRequest open = openIntegration()
                .orElseThrow(() -> new PracticeRefusedException("practice.desk.integration.none"));
        open.cancel(now, by.getUsername());
        act(DeskAction.Kind.INTEGRATION_CANCEL, now, Actor.OPERATOR, by.getUsername(), null);
        moveTo(PracticeStatus.IN_PROGRESS, now, Actor.OPERATOR, by.getUsername());
    }

    /** "Approva". See {@link #decide}. */
    public Message approve(StaffAccount by, RichText text, PendingFile letter, List<PendingFile> files, ReleaseCharges charges,
            DeskPolicy policy, Instant now) {
        return decide(Outcome.ACCEPTED, by, text, letter, files, charges, policy, now);
    }

    /** "Approva parzialmente". See {@link #decide}. */
    public Message approvePartially(StaffAccount by, RichText text, PendingFile letter, List<PendingFile> files,
            ReleaseCharges charges, DeskPolicy policy, Instant now) {
        return decide(Outcome.PARTIALLY_ACCEPTED, by, text, letter, files, charges, policy, now);
    }

    /** "Rigetta". See {@link #decide}. */
    public Message reject(StaffAccount by, RichText text, PendingFile letter, List<PendingFile> files, DeskPolicy policy,
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
    private Message decide(Outcome outcome, StaffAccount by, RichText text, PendingFile letter, List<PendingFile> files,
            ReleaseCharges charges, DeskPolicy policy, Instant now) {
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
        Message message = fromOperator(by, text, files, now);
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

    /** A message of an operator to the citizen, with files; possible at any time after sending. */
    public Message writeFromOperator(StaffAccount by, RichText text, List<PendingFile> files, Instant now) {
        requireEnabled(by);
        if (isDraft()) {
            throw new PracticeRefusedException("practice.message.draft");
        }
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.message.empty");
        }
        Message message = fromOperator(by, text, files, now);
        act(DeskAction.Kind.MESSAGE, now, Actor.OPERATOR, by.getUsername(), null);
        return message;
    }

    /** A note for colleagues only ("nota interna"); possible at any time after sending. */
    public InternalNote note(StaffAccount by, String text, Instant now) {
        requireEnabled(by);
        if (isDraft()) {
            throw new PracticeRefusedException("practice.message.draft");
        }
        if (text == null || text.isBlank()) {
            throw new PracticeRefusedException("practice.desk.note.empty");
        }
        InternalNote note = new InternalNote(this, by.getUsername(), text.strip(), now);
        notes.add(note);
        act(DeskAction.Kind.NOTE, now, Actor.OPERATOR, by.getUsername(), null);
        return note;
    }

    private Message fromOperator(StaffAccount by, RichText text, List<PendingFile> files, Instant now) {
        if (text.plain().length() > Message.TEXT_LENGTH || text.html().length() > Message.BODY_LENGTH) {
            throw new PracticeRefusedException("practice.message.too_long", Message.TEXT_LENGTH);
        }
        return post(new Message(this, Actor.OPERATOR, by.getUsername(), text, now), files, now);
    }

    /** Adds the message with its files, each an attachment uploaded by the message's author. */
    private Message post(Message message, List<PendingFile> files, Instant now) {
        messages.add(message);
        for (PendingFile file : files) {
            Attachment attachment = file.attachTo(this, AttachmentPurpose.MESSAGE, now, message.getAuthorKind(), message.getAuthor());
            attachments.add(attachment);
            message.attach(attachment);
        }
        updatedAt = now;
        return message;
    }

    private Attachment generated(PendingFile file, StaffAccount by, Instant now) {
        Attachment attachment = file.attachTo(this, AttachmentPurpose.GENERATED, now, Actor.OPERATOR, by.getUsername());
        attachments.add(attachment);
        return attachment;
    }

    private void act(DeskAction.Kind kind, Instant now, Actor actorKind, String actor, String detail) {
        actions.add(new DeskAction(this, kind, now, actorKind, actor, detail));
    }

    /** Sent, not decided, and the operator is enabled for the service. */
    private void requireChangeable(StaffAccount by) {
        requireEnabled(by);
        refuse(deskRefusal());
    }

    private void requireWorkedBy(StaffAccount by) {
        requireEnabled(by);
        refuse(workRefusal(by.getUsername()));
    }

    /**
     * Why the desk changes nothing on the practice now: a draft, not sent yet (its payment with the
     * request is awaited), or decided.
     */
    private Optional<String> deskRefusal() {
        return refusedIf(isDraft(), "practice.desk.draft")
                .or(() -> refusedIf(!isSent(), "practice.desk.not_sent"))
                .or(() -> refusedIf(status.isClosedForDesk(), "practice.desk.closed"));
    }

    /** Whether the desk may assign the practice or change its priority: sent and not decided. */
    public boolean isChangeableByDesk() {
        return deskRefusal().isEmpty();
    }

    private Optional<String> takeRefusal(String username, DeskPolicy policy) {
        return deskRefusal().or(() -> assignment.takeRefusal(username, status, policy));
    }

    private Optional<String> takeOverRefusal(String username) {
        return deskRefusal().or(() -> assignment.takeOverRefusal(username, status));
    }

    private Optional<String> workRefusal(String username) {
        return deskRefusal().or(() -> assignment.workRefusal(username, status));
    }

    /**
     * Whether "Prendi in carico" is open to the operator with that username: the same rule
     * {@link #takeCharge} refuses by, but for the operator's enablement for the service, which
     * whoever sees the practice at the desk has.
     */
    public boolean canBeTakenBy(String username, DeskPolicy policy) {
        return takeRefusal(username, policy).isEmpty();
    }

    /** Whether "Subentra a ..." is open to the operator with that username, as {@link #takeOver} decides. */
    public boolean canBeTakenOverBy(String username) {
        return takeOverRefusal(username).isEmpty();
    }

    /**
     * Whether the operator with that username works the practice now: integrations and the
     * outcome are theirs to give, as the actions themselves check.
     */
    public boolean canBeWorkedBy(String username) {
        return workRefusal(username).isEmpty();
    }

    private void requireEnabled(StaffAccount by) {
        if (!by.isEnabledFor(service)) {
            throw new PracticeRefusedException("practice.desk.not_enabled");
        }
    }

    public boolean isHeldBy(StaffAccount someone) {
        return assignment.isHeldBy(someone.getUsername());
    }

    // --- appointments ---------------------------------------------------------------------------

    /**
     * The calendar on which the applicant books an appointment for this practice: the one its
     * service names. Refused for another citizen, a draft, a practice withdrawn or cancelled, and
     * a service that books no appointments.
     */
    public String appointmentCalendar(FiscalCode by) {
        if (by == null || !isOwnedBy(by)) {
            throw new PracticeRefusedException("practice.appointment.not_applicant", reference);
        }
        return appointmentCalendar();
    }

    /** The same calendar, for an operator enabled for the practice's service booking for the applicant. */
    public String appointmentCalendar(StaffAccount by) {
        requireEnabled(by);
        return appointmentCalendar();
    }

    private String appointmentCalendar() {
        if (!isSent()) {
            throw new PracticeRefusedException("practice.appointment.not_sent");
        }
        if (status == PracticeStatus.WITHDRAWN || status == PracticeStatus.CANCELLED) {
            throw new PracticeRefusedException("practice.appointment.closed");
        }
        if (!service.isBookable()) {
            throw new PracticeRefusedException("practice.appointment.no_calendar");
        }
        return service.getCalendarCode();
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
    public void appointmentFixed(LocalDateTime startsAt, LocalDateTime endsAt, Actor actorKind, String actor, Instant now) {
        act(DeskAction.Kind.APPOINTMENT, now, actorKind, actor, startsAt + "/" + endsAt.toLocalTime());
    }

    // --- the iter -------------------------------------------------------------------------------

    /** The iter, oldest first, one step per event: see {@link IterSteps}. */
    public List<IterStep> iter() {
        return IterSteps.of(history, actions);
    }

    // --- rules used by the steps above ----------------------------------------------------------

    /**
     * The one place the status changes. A move missing from the iter's table is a bug of the
     * method that asked for it, not a refusal the citizen or the operator could be told about.
     */
    private void moveTo(PracticeStatus next, Instant now, Actor kind, String actor) {
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
        return Optional.ofNullable(sentAt).map(sent -> LocalDate.ofInstant(sent, zone).plusDays(service.getMaxResponseDays()));
    }

    public Optional<Attachment> attachment(AttachmentPurpose purpose) {
        return attachments.stream().filter(a -> a.getPurpose() == purpose).findFirst();
    }

    private boolean holds(AttachmentPurpose purpose) {
        return attachment(purpose).isPresent();
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

    public String getApplicantEmail() {
        return draft.getApplicantEmail();
    }

    public String getApplicantPhone() {
        return draft.getApplicantPhone();
    }

    public ApplicantRole getRole() {
        return draft.getRole();
    }

    public Beneficiary getBeneficiary() {
        return draft.getBeneficiary();
    }

    public boolean isPrivacyAccepted() {
        return draft.isPrivacyAccepted();
    }

    public String getData() {
        return data;
    }

    public String getDraftInput() {
        return draft.getInput();
    }

    public int getStep() {
        return draft.getStep();
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

    /** Places the practice in the area of its address, as it is sent; {@code null} when it has none. */
    public void placeIn(Area where) {
        assignment.placeIn(where);
    }

    public Area getArea() {
        return assignment.getArea();
    }

    public Office getOffice() {
        return assignment.getOffice();
    }

    public StaffAccount getOperator() {
        return assignment.getOperator();
    }

    public Priority getPriority() {
        return assignment.getPriority();
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Optional<Outcome> getOutcome() {
        return Optional.ofNullable(decision).map(Decision::getOutcome);
    }

    public Optional<Attachment> getOutcomeLetter() {
        return Optional.ofNullable(decision).map(Decision::getLetter);
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
