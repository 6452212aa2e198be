package it.sportello.practice.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import it.sportello.form.entity.FileType;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.StaffAccount;

/**
 * What the citizen (or an operator on their behalf) fills on a draft, and the sending: the privacy
 * notice, the contacts, the role and the beneficiary, the typed input and the files. The
 * {@link Draft} keeps what was filled; this part adds that only a draft is filled or sent, which
 * files replace which, that each change touches the practice, and what the sending checks and
 * freezes. Reached by {@link Practice#filling()}.
 */
public final class Filling {

    private final Practice practice;
    private final Draft draft;
    private final List<Attachment> attachments;

    Filling(Practice practice, Draft draft, List<Attachment> attachments) {
        this.practice = practice;
        this.draft = draft;
        this.attachments = attachments;
    }

    public void acceptPrivacy(Instant now) {
        practice.requireDraft();
        draft.acceptPrivacy(now);
        practice.touch(now);
    }

    /** The e-mail and phone the office answers to; they may differ from the profile's. */
    public void contacts(String email, String phone, Instant now) {
        practice.requireDraft();
        draft.contacts(email, phone);
        practice.touch(now);
    }

    public void actForSelf(Instant now) {
        practice.requireDraft();
        draft.actForSelf();
        attachments.removeIf(a -> a.getPurpose() == AttachmentPurpose.DELEGATION
                || a.getPurpose() == AttachmentPurpose.IDENTITY_DOCUMENT);
        practice.touch(now);
    }

    public void actFor(Beneficiary someone, Instant now) {
        practice.requireDraft();
        draft.actFor(someone, practice.getApplicant().getFiscalCode());
        practice.touch(now);
    }

    /**
     * What keeps the delegation of this practice from being sent on that day, by the part to fix,
     * each as a refusal key: the sending refuses the first, the "Ruolo" step shows them all. Empty
     * when the applicant acts for themselves or the delegation is in order.
     */
    public Map<DelegationPart, String> delegationProblems(LocalDate day) {
        return draft.delegationProblems(day, practice::holds);
    }

    /** Saves what was typed in the form, unchecked, and where the citizen was. */
    public void fill(String typedInput, int wizardStep, Instant now) {
        practice.requireDraft();
        draft.fill(typedInput, wizardStep);
        practice.touch(now);
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
        practice.requireDraft();
        if (purpose == AttachmentPurpose.MESSAGE || purpose == AttachmentPurpose.GENERATED) {
            throw new IllegalArgumentException(
                    "Message and generated files are attached with their message or document");
        }
        attachments.removeIf(a -> a.getPurpose() == purpose && Objects.equals(a.getFieldId(), fieldId));
        Attachment attachment = new Attachment(
                attachmentReference,
                practice,
                purpose,
                fieldId,
                fileName,
                type,
                bytes,
                sha256,
                now,
                Actor.CITIZEN,
                practice.getApplicant().getFiscalCode().toString());
        attachments.add(attachment);
        practice.touch(now);
        return attachment;
    }

    /** Takes a form field's file away from the draft (an optional file the citizen no longer sends). */
    public void detachFieldFile(String fieldId, Instant now) {
        practice.requireDraft();
        attachments.removeIf(a -> a.getPurpose() == AttachmentPurpose.FORM && Objects.equals(a.getFieldId(), fieldId));
        practice.touch(now);
    }

    /**
     * Sends the draft: the checks a page may have skipped, then the data frozen as it is, the
     * login that sent it recorded, and the practice <em>Inviata</em> then <em>Acquisita</em> by
     * the desk; or, when the policy says a payment is due with the request, frozen and waiting for
     * the payment (<em>In attesa di pagamento</em>), sent once {@link Dues#paid} says so. The form
     * data must have been validated against the form version by the caller.
     */
    public void send(String frozenData, AuthMethod method, String level, DeskPolicy policy, Instant now, ZoneId zone) {
        String citizen = practice.getApplicant().getFiscalCode().toString();
        send(frozenData, method, level, policy, Actor.CITIZEN, citizen, now, zone);
    }

    /**
     * Sends a draft the desk started for the citizen ("per conto di un cittadino") and filled
     * with them: the same checks and the same frozen data, recorded as sent by the operator, with
     * no login method of the citizen's; a payment due with the request is the citizen's to make.
     */
    public void sendOnBehalf(String frozenData, StaffAccount by, DeskPolicy policy, Instant now, ZoneId zone) {
        practice.desk().requireEnabled(by);
        if (practice.getCreatedByOperator() == null) {
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
        practice.requireDraft();
        draft.requireSendable(LocalDate.ofInstant(now, zone), practice::holds);
        practice.freeze(frozenData, method, level);
        draft.sent();
        if (policy.paymentDue()) {
            practice.moveTo(PracticeStatus.WAITING_PAYMENT, now, sender, senderName);
            return;
        }
        practice.submit(now, sender, senderName);
    }
}
