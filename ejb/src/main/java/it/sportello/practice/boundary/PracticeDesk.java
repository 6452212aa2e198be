package it.sportello.practice.boundary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.PaymentMode;
import it.sportello.form.control.FormData;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.entity.FileType;
import it.sportello.identity.entity.Roles;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.municipality.Municipality;
import it.sportello.platform.text.Digests;
import it.sportello.platform.text.RichText;
import it.sportello.practice.control.IntegrationDocument;
import it.sportello.practice.control.IterLines;
import it.sportello.practice.control.OutcomeLetter;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.DeskAction;
import it.sportello.practice.entity.DeskPolicy;
import it.sportello.practice.entity.IntegrationRequest;
import it.sportello.practice.entity.InternalNote;
import it.sportello.practice.entity.IterStep;
import it.sportello.practice.entity.Message;
import it.sportello.practice.entity.Outcome;
import it.sportello.practice.entity.PendingFile;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;
import it.sportello.practice.entity.Priority;
import it.sportello.practice.entity.ReleaseCharges;

/**
 * What operators do with one practice at the backoffice desk: read it, its iter and files, and
 * act on it (take charge, take over, assign, priority, integrations, outcomes, messages, internal
 * notes); and what the protocol register answers about it. The operator is the member of staff
 * calling; a practice of a service the operator is not enabled for is as unknown as one that does
 * not exist ({@link DeskAccess}). Each action notifies the citizen and the service's operators
 * once it has committed. The list is in {@link DeskList}, practices for a citizen in
 * {@link OnBehalfDesk}, the rules that assign practices to offices in {@link Routings}.
 * <p>
 * The office's messages (outcomes, integration requests, messages to the citizen) are rich text:
 * whatever the caller sends — the editor's HTML or plain text — goes through the allow-list of
 * {@link RichText} here, so the pages, any other client and the stored rows follow one rule.
 * Lengths count the text without markup.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
public class PracticeDesk {

    /** Who acts when the protocol register answers: no operator, the desk itself. */
    static final String SYSTEM = "sportello";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Municipality municipality;

    @Inject
    Event<PracticeDeskEvent> done;

    @Inject
    Cashier cashier;

    @Inject
    DeskAccess access;

    @Inject
    DeskPolicies policies;

    /**
     * Whether sent practices and outcomes are registered in the protocol register
     * ({@code sportello.protocol.enabled}): what the desk's pages show of the register follows it.
     */
    public boolean registersInProtocol() {
        return policies.desk().protocolOn();
    }

    // --- reading --------------------------------------------------------------------------------

    /** The practice, if the operator is enabled for its service and it was sent (or started by the desk). */
    public Practice find(@NotBlank String reference) {
        return access.visible(access.operator(), reference);
    }

    /**
     * The practice's iter as the operator reads it, in their language: one line per event, the
     * citizen, operators and offices by name ({@link IterLines}).
     */
    public List<IterLines.Line> iter(@NotBlank String reference, @NotNull Locale locale) {
        Practice practice = access.visible(access.operator(), reference);
        Set<String> people = new HashSet<>();
        Set<String> offices = new HashSet<>();
        for (IterStep step : practice.iter()) {
            people.add(step.actor());
            if (step.action() != null && step.detail() != null) {
                switch (step.action()) {
                    case TAKE_OVER -> people.add(step.detail());
                    case ROUTE -> offices.add(step.detail());
                    case ASSIGN -> {
                        String[] assigned = step.detail().split(" / ", 2);
                        offices.add(assigned[0].strip());
                        people.add(assigned[assigned.length - 1].strip());
                    }
                    default -> {
                        // no name in the detail
                    }
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        names.put(
                practice.getApplicant().getFiscalCode().toString(),
                practice.getApplicant().fullName());
        em.createNamedQuery(StaffAccount.BY_USERNAMES, StaffAccount.class)
                .setParameter("usernames", people)
                .getResultStream()
                .forEach(account -> names.put(account.getUsername(), account.getDisplayName()));
        Map<String, String> officeNames = new HashMap<>();
        if (!offices.isEmpty()) {
            em.createNamedQuery(Office.BY_CODES, Office.class)
                    .setParameter("codes", offices)
                    .getResultStream()
                    .forEach(office ->
                            officeNames.put(office.getCode(), office.getName().in(locale)));
        }
        return IterLines.of(practice, new IterLines.Names(names, officeNames), locale);
    }

    /** The operators a practice can be given to: those enabled for its service, by name. */
    public List<StaffAccount> colleagues(@NotBlank String reference) {
        Practice practice = access.visible(access.operator(), reference);
        return em.createNamedQuery(StaffAccount.SEARCH, StaffAccount.class)
                .setParameter("text", "%")
                .getResultStream()
                .filter(account -> account.isEnabledFor(practice.getService()))
                .sorted(java.util.Comparator.comparing(StaffAccount::getDisplayName))
                .toList();
    }

    /** A file of a practice the operator may see, to download; any other is unknown. */
    public Attachment attachment(@NotBlank String attachmentReference) {
        StaffAccount who = access.operator();
        Attachment attachment = em.createNamedQuery(Attachment.BY_REFERENCE, Attachment.class)
                .setParameter("reference", attachmentReference)
                .getResultStream()
                .findFirst()
                .orElseThrow(UnknownPracticeException::new);
        if (!who.isEnabledFor(attachment.getPractice().getService())
                || attachment.getPractice().isDraft()) {
            throw new UnknownPracticeException();
        }
        return attachment;
    }

    // --- who works the practice -----------------------------------------------------------------

    /** "Prendi in carico". */
    public Practice takeCharge(@NotBlank String reference) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        practice.desk().takeCharge(who, policies.desk(), clock.instant());
        return access.notified(practice, DeskAction.Kind.TAKE_CHARGE, who);
    }

    /** "Subentra a ...". */
    public Practice takeOver(@NotBlank String reference) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        practice.desk().takeOver(who, clock.instant());
        return access.notified(practice, DeskAction.Kind.TAKE_OVER, who);
    }

    /** "Assegna": to an office (by code) and/or an operator (by username); either may be {@code null}. */
    public Practice assign(@NotBlank String reference, String officeCode, String assignee) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        Office office = officeCode == null || officeCode.isBlank() ? null : access.office(officeCode);
        StaffAccount to = assignee == null || assignee.isBlank() ? null : access.operator(assignee);
        practice.desk().assign(who, office, to, policies.desk(), clock.instant());
        return access.notified(practice, DeskAction.Kind.ASSIGN, who);
    }

    /** "Cambio priorità". */
    public Practice prioritize(@NotBlank String reference, @NotNull Priority priority) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        practice.desk().prioritize(who, priority, clock.instant());
        return access.notified(practice, DeskAction.Kind.PRIORITY, who);
    }

    // --- integrations ---------------------------------------------------------------------------

    /** "Richiedi integrazioni": the reason is required, files may go with it. */
    public Practice requestIntegration(
            @NotBlank String reference, @Size(max = Message.BODY_LENGTH) String text, @NotNull List<Upload> files) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        practice.correspondence()
                .requestIntegration(
                        who, RichText.sanitize(text), pending(files, PracticeWorkflow.MESSAGE_TYPES), clock.instant());
        return access.notified(practice, DeskAction.Kind.INTEGRATION_REQUEST, who);
    }

    /**
     * "Accetta integrazioni": the citizen's messages chosen (by id, among the practice's
     * {@code correspondence().integrationAnswers()}) go into the integration PDF, kept with the practice.
     */
    public Practice acceptIntegration(@NotBlank String reference, @NotNull List<Long> messageIds) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        List<Message> chosen = practice.getMessages().stream()
                .filter(m -> messageIds.contains(m.getId()))
                .toList();
        if (chosen.size() != Set.copyOf(messageIds).size()) {
            throw new PracticeRefusedException("practice.desk.integration.not_an_answer");
        }
        IntegrationRequest open = practice.correspondence()
                .openIntegration()
                .orElseThrow(() -> new PracticeRefusedException("practice.desk.integration.none"));
        byte[] pdf =
                IntegrationDocument.render(practice, open.getRequest(), chosen, municipality.getName(), Locale.ITALIAN);
        practice.correspondence()
                .acceptIntegration(
                        who,
                        chosen,
                        generated(
                                IntegrationDocument.fileName(
                                        practice, practice.getIntegrations().size()),
                                pdf),
                        clock.instant());
        return access.notified(practice, DeskAction.Kind.INTEGRATION_ACCEPT, who);
    }

    /** "Annulla richiesta integrazioni". */
    public Practice cancelIntegration(@NotBlank String reference) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        practice.correspondence().cancelIntegration(who, clock.instant());
        return access.notified(practice, DeskAction.Kind.INTEGRATION_CANCEL, who);
    }

    // --- outcomes -------------------------------------------------------------------------------

    /**
     * "Approva": the message to the citizen, the response document uploaded or, when
     * {@code letter} is {@code null}, generated as PDF from the message, and attachments.
     */
    public Practice approve(
            @NotBlank String reference,
            @Size(max = Message.BODY_LENGTH) String text,
            Upload letter,
            @NotNull List<Upload> files) {
        return approve(reference, text, letter, files, ReleaseCharges.NONE);
    }

    /**
     * "Approva" with what the citizen pays on release: a deferred pagoPA amount makes the practice
     * wait for the payment (the citizen gets the notice), stamp duties at release for the citizen
     * to provide them, and the outcome is released once nothing is due; 0 and no stamps mean
     * exempt, and the practice is approved at once.
     */
    public Practice approve(
            @NotBlank String reference,
            @Size(max = Message.BODY_LENGTH) String text,
            Upload letter,
            @NotNull List<Upload> files,
            @NotNull ReleaseCharges charges) {
        return decide(Outcome.ACCEPTED, reference, text, letter, files, charges);
    }

    /** "Approva parzialmente", as {@link #approve}. */
    public Practice approvePartially(
            @NotBlank String reference,
            @Size(max = Message.BODY_LENGTH) String text,
            Upload letter,
            @NotNull List<Upload> files) {
        return approvePartially(reference, text, letter, files, ReleaseCharges.NONE);
    }

    /** "Approva parzialmente" with what the citizen pays on release, as {@link #approve}. */
    public Practice approvePartially(
            @NotBlank String reference,
            @Size(max = Message.BODY_LENGTH) String text,
            Upload letter,
            @NotNull List<Upload> files,
            @NotNull ReleaseCharges charges) {
        return decide(Outcome.PARTIALLY_ACCEPTED, reference, text, letter, files, charges);
    }

    /** "Rigetta", as {@link #approve}. */
    public Practice reject(
            @NotBlank String reference,
            @Size(max = Message.BODY_LENGTH) String text,
            Upload letter,
            @NotNull List<Upload> files) {
        return decide(Outcome.REJECTED, reference, text, letter, files, ReleaseCharges.NONE);
    }

    private Practice decide(
            Outcome outcome, String reference, String text, Upload letter, List<Upload> files, ReleaseCharges charges) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        RichText message = RichText.sanitize(text);
        List<PendingFile> attachments = pending(files, PracticeWorkflow.MESSAGE_TYPES);
        PendingFile document = letter != null
                ? pending(List.of(letter), PracticeWorkflow.DOCUMENT_TYPES).get(0)
                : message.isBlank()
                        ? null
                        : generated(
                                OutcomeLetter.fileName(practice),
                                OutcomeLetter.render(
                                        practice, outcome, message.plain(), municipality.getName(), Locale.ITALIAN));
        DeskPolicy policy = policies.desk();
        switch (outcome) {
            case ACCEPTED ->
                practice.deciding().approve(who, message, document, attachments, charges, policy, clock.instant());
            case PARTIALLY_ACCEPTED ->
                practice.deciding()
                        .approvePartially(who, message, document, attachments, charges, policy, clock.instant());
            case REJECTED -> practice.deciding().reject(who, message, document, attachments, policy, clock.instant());
        }
        if (outcome != Outcome.REJECTED) {
            cashier.askOnRelease(
                    practice,
                    charges,
                    practice.getService().getTitle().italian() + " - "
                            + practice.getApplicant().fullName());
        }
        return access.notified(practice, DeskAction.Kind.OUTCOME, who);
    }

    /**
     * What the approval form proposes to charge on release: for a service paid on release, the
     * amount the form computed or fixed; nothing otherwise. The operator may change it (0 = exempt).
     */
    public ReleaseCharges proposedCharges(@NotBlank String reference) {
        Practice practice = access.visible(access.operator(), reference);
        if (practice.getService().getPaymentMode() != PaymentMode.DEFERRED || practice.getData() == null) {
            return ReleaseCharges.NONE;
        }
        FormDefinition definition = FormDefinitions.parse(practice.getForm().getDefinition());
        return definition
                .paymentRequired()
                .flatMap(p -> p.amountFor(FormData.fromJson(definition, practice.getData())))
                .map(amount -> new ReleaseCharges(amount, 0))
                .orElse(ReleaseCharges.NONE);
    }

    // --- messages and notes ---------------------------------------------------------------------

    /** A message to the citizen, with files; also after the outcome. */
    public Message write(
            @NotBlank String reference, @Size(max = Message.BODY_LENGTH) String text, @NotNull List<Upload> files) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        Message message = practice.correspondence()
                .fromOperator(
                        who, RichText.sanitize(text), pending(files, PracticeWorkflow.MESSAGE_TYPES), clock.instant());
        access.notified(practice, DeskAction.Kind.MESSAGE, who);
        return message;
    }

    /** An internal note, for the service's operators only. */
    public InternalNote note(@NotBlank String reference, @Size(max = InternalNote.TEXT_LENGTH) String text) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        InternalNote note = practice.correspondence().note(who, text, clock.instant());
        access.notified(practice, DeskAction.Kind.NOTE, who);
        return note;
    }

    // --- protocol register -----------------------------------------------------------------------

    /**
     * The sending of the practice was registered in the protocol register: it becomes Protocollata.
     * Called by the background jobs, which run with no logged-in caller.
     */
    @PermitAll
    public void registered(@NotBlank String reference) {
        byReference(reference).registerInProtocol(clock.instant());
    }

    /**
     * The outcome letter was registered in the protocol register: the decided practice gets its
     * outcome, and the citizen and the colleagues are told as for any desk action. Called by the
     * background jobs, which run with no logged-in caller.
     */
    @PermitAll
    public void releaseOutcome(@NotBlank String reference) {
        Practice practice = byReference(reference);
        practice.deciding().releaseOutcome(clock.instant());
        done.fire(new PracticeDeskEvent(practice.getReference(), DeskAction.Kind.OUTCOME_RELEASED, SYSTEM));
    }

    private Practice byReference(String reference) {
        return em.createNamedQuery(Practice.BY_REFERENCE, Practice.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElseThrow(UnknownPracticeException::new);
    }

    // --- helpers --------------------------------------------------------------------------------

    private static PendingFile generated(String fileName, byte[] pdf) {
        return new PendingFile(UUID.randomUUID().toString(), fileName, FileType.PDF, pdf, Digests.sha256(pdf));
    }

    /** Files judged by their content, as the citizen's are. */
    private static List<PendingFile> pending(List<Upload> uploads, Set<FileType> allowed) {
        List<PendingFile> files = new ArrayList<>();
        for (Upload upload : uploads) {
            FileType type = PracticeWorkflow.checked(upload, allowed, PracticeWorkflow.MAX_FILE_SIZE);
            byte[] bytes = upload.bytes();
            files.add(new PendingFile(
                    UUID.randomUUID().toString(), upload.fileName(), type, bytes, Digests.sha256(bytes)));
        }
        return files;
    }
}
