package it.sportello.practice.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import it.sportello.catalog.entity.Service;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.entity.FileType;
import it.sportello.form.entity.FileTypes;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.boundary.Caller;
import it.sportello.identity.boundary.UnknownCitizenException;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.Roles;
import it.sportello.platform.BusinessException;
import it.sportello.platform.text.Digests;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.control.DraftInput;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.Beneficiary;
import it.sportello.practice.entity.DelegationPart;
import it.sportello.practice.entity.Message;
import it.sportello.practice.entity.PendingFile;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;
import it.sportello.practice.entity.Withdrawal;
import it.sportello.practice.entity.WithdrawalCheck;

/**
 * What a citizen does with a practice: start a draft, fill it step by step (every step saved),
 * attach files, send it, write to the office, withdraw it. The citizen is the one calling, and a
 * practice of somebody else is as unknown as one that does not exist.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class PracticeWorkflow {

    /** Files of messages: the office formats the PRODUCT lists (documents, spreadsheets, images, signed files, archives). */
    public static final Set<FileType> MESSAGE_TYPES = Set.of(FileType.values());

    /** Delegations and identity documents: scans and signed PDFs. */
    public static final Set<FileType> DOCUMENT_TYPES = Set.of(FileType.PDF, FileType.P7M, FileType.JPEG, FileType.PNG);

    public static final long MAX_FILE_SIZE = 30L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Practices practices;

    @Inject
    Drafts drafts;

    @Inject
    Cashier cashier;

    @Inject
    Caller caller;

    @Inject
    Event<PracticeWithdrawn> withdrawn;

    @Inject
    DeskPolicies policies;

    /**
     * A new draft on the service's current form. Refused when the service does not take requests
     * today, is handled elsewhere, has no form, or asks for a stronger login than the citizen's.
     */
    public Practice start(@NotBlank String serviceCode, String previousReference) {
        FiscalCode applicant = caller.citizen();
        Citizen citizen = em.createNamedQuery(Citizen.BY_FISCAL_CODE, Citizen.class)
                .setParameter("fiscalCode", applicant)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownCitizenException(applicant));
        Service service = em.createNamedQuery(Service.BY_CODE, Service.class)
                .setParameter("code", serviceCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("catalog.code.unknown", serviceCode));
        if (service.isExternal() || !service.acceptsRequestsOn(LocalDate.now(clock))) {
            throw new PracticeRefusedException("practice.service.closed");
        }
        if (!service.getAccessLevel().isSatisfiedBy(citizen.provenLevel())) {
            throw new PracticeRefusedException("practice.level.too_low");
        }
        FormVersion form = em.createNamedQuery(FormVersion.OF_SERVICE, FormVersion.class)
                .setParameter("service", service)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new PracticeRefusedException("practice.service.closed"));
        Practice previous = previousReference == null ? null : practices.owned(previousReference);
        Practice practice =
                Practice.start(UUID.randomUUID().toString(), service, form, citizen, previous, clock.instant());
        em.persist(practice);
        return practice;
    }

    public Practice acceptPrivacy(@NotBlank String reference) {
        Practice practice = practices.owned(reference);
        practice.filling().acceptPrivacy(clock.instant());
        return practice;
    }

    public Practice contacts(@NotBlank String reference, String email, String phone) {
        Practice practice = practices.owned(reference);
        practice.filling().contacts(email, phone, clock.instant());
        return practice;
    }

    public Practice actForSelf(@NotBlank String reference) {
        Practice practice = practices.owned(reference);
        practice.filling().actForSelf(clock.instant());
        return practice;
    }

    public Practice actFor(@NotBlank String reference, @NotNull Beneficiary beneficiary) {
        Practice practice = practices.owned(reference);
        practice.filling().actFor(beneficiary, clock.instant());
        return practice;
    }

    /**
     * What the delegation of a draft still lacks today, by part (see the practice's
     * {@code filling().delegationProblems(day)}): the rule the sending applies, asked at the step.
     */
    public Map<DelegationPart, String> delegationProblems(@NotBlank String reference) {
        return practices.owned(reference).filling().delegationProblems(LocalDate.now(clock.withZone(Clocks.ITALY)));
    }

    /** Saves what was typed in the form, unchecked, and the step: a draft is never lost. */
    public Practice fill(@NotBlank String reference, @NotNull Map<String, ?> typed, int step) {
        Practice practice = practices.owned(reference);
        practice.filling().fill(DraftInput.toJson(typed), step, clock.instant());
        return practice;
    }

    /**
     * Attaches a file to the draft after reading its type from its content: for a form field,
     * the types and size that field allows; for a delegation or identity document, scans and PDFs.
     */
    public Attachment attach(
            @NotBlank String reference, @NotNull AttachmentPurpose purpose, String fieldId, @NotNull Upload upload) {
        Practice practice = practices.owned(reference);
        Set<FileType> allowed = DOCUMENT_TYPES;
        long maxSize = MAX_FILE_SIZE;
        if (purpose == AttachmentPurpose.FORM) {
            Field field = Drafts.definition(practice)
                    .field(fieldId)
                    .filter(f -> f.kind() == FieldKind.FILE)
                    .orElseThrow(() -> new PracticeRefusedException("practice.file.field_unknown"));
            allowed = Set.copyOf(field.accept());
            maxSize = field.maxSize();
        }
        FileType type = checked(upload, allowed, maxSize);
        return practice.filling()
                .attach(
                        UUID.randomUUID().toString(),
                        purpose,
                        fieldId,
                        upload.fileName(),
                        type,
                        upload.bytes(),
                        Digests.sha256(upload.bytes()),
                        clock.instant());
    }

    /** Takes the file of a form field away from the draft; a required file is asked for again when sending. */
    public void detach(@NotBlank String reference, @NotBlank String fieldId) {
        practices.owned(reference).filling().detachFieldFile(fieldId, clock.instant());
    }

    /**
     * Sends the draft. The form is checked again here against the version the practice was filled
     * with, whatever the page did; the checked data is frozen. When the form asks for stamp duties
     * they must have been declared; when it asks for a payment the practice waits for it (its debt
     * position is created here) and is sent once paid. Sending a practice that was already
     * sent (a double click, a second tab, a retried request) returns it unchanged: one practice,
     * one receipt.
     */
    public Practice send(@NotBlank String reference) {
        Practice practice = practices.owned(reference);
        em.lock(practice, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(practice);
        if (!practice.isDraft()) {
            return practice;
        }
        Citizen applicant = practice.getApplicant();
        return drafts.submit(
                practice,
                (data, policy) -> practice.filling()
                        .send(
                                data,
                                applicant.getLastAuthMethod(),
                                applicant.getLastAuthLevel(),
                                policy,
                                clock.instant(),
                                Clocks.ITALY));
    }

    /** Deletes a draft of the citizen; anything sent is refused. */
    public void deleteDraft(@NotBlank String reference) {
        drafts.delete(practices.owned(reference));
    }

    /** Whether the citizen may withdraw the practice now, or why not: what the page offers or says. */
    public Withdrawal withdrawal(@NotBlank String reference) {
        Practice practice = practices.owned(reference);
        return practice.withdrawal(caller.citizen(), withdrawalCheck(practice));
    }

    /** The citizen withdraws the practice; refused with the reason {@link #withdrawal} gives. */
    public Practice withdraw(@NotBlank String reference) {
        Practice practice = practices.owned(reference);
        practice.withdraw(caller.citizen(), withdrawalCheck(practice), clock.instant());
        withdrawn.fire(new PracticeWithdrawn(practice.getReference()));
        return practice;
    }

    private WithdrawalCheck withdrawalCheck(Practice practice) {
        return new WithdrawalCheck(cashier.hasPayment(practice), policies.desk().protocolOn());
    }

    /** A message to the office, or the answer to an integration request, with its files. */
    public Message write(
            @NotBlank String reference,
            @NotBlank @Size(max = Message.TEXT_LENGTH) String text,
            boolean integrationAnswer,
            @NotNull List<Upload> files) {
        Practice practice = practices.owned(reference);
        List<PendingFile> pending = files.stream()
                .map(upload -> new PendingFile(
                        UUID.randomUUID().toString(),
                        upload.fileName(),
                        checked(upload, MESSAGE_TYPES, MAX_FILE_SIZE),
                        upload.bytes(),
                        Digests.sha256(upload.bytes())))
                .toList();
        return practice.correspondence().fromCitizen(text, integrationAnswer, pending, clock.instant());
    }

    /**
     * The type of an uploaded file, read from its content, whichever path it came by (the wizard,
     * messages and integration answers, the desk's documents): not empty, not over {@code maxSize},
     * of a type {@code allowed} that its name's extension also says, and, when an archive, not one
     * that unpacks to far more than its size.
     */
    static FileType checked(Upload upload, Set<FileType> allowed, long maxSize) {
        byte[] bytes = upload.bytes();
        if (bytes.length == 0) {
            throw new PracticeRefusedException("practice.file.empty", upload.fileName());
        }
        if (bytes.length > maxSize) {
            throw new PracticeRefusedException("practice.file.too_large", upload.fileName(), maxSize / (1024 * 1024));
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, FileTypes.HEAD_LENGTH));
        FileType type = FileTypes.identify(upload.fileName(), head, allowed)
                .orElseThrow(() -> new PracticeRefusedException("practice.file.type", upload.fileName()));
        if (FileTypes.isArchive(type) && !FileTypes.expandsSafely(bytes)) {
            throw new PracticeRefusedException("practice.file.archive", upload.fileName());
        }
        return type;
    }
}
