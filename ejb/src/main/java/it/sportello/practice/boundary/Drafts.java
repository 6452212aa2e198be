package it.sportello.practice.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.FormValidator;
import it.sportello.form.control.TimeSpan;
import it.sportello.form.control.UploadedFile;
import it.sportello.form.control.ValidationResult;
import it.sportello.municipality.Municipality;
import it.sportello.practice.control.DraftInput;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.DeskPolicy;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;
import it.sportello.territory.boundary.Areas;

/**
 * What becomes of a draft whoever acts on it: sent by its citizen ({@link PracticeWorkflow#send})
 * or by the desk on the citizen's behalf ({@link OnBehalfDesk#sendOnBehalf}); deleted by its
 * citizen ({@link PracticeWorkflow#deleteDraft}) or because nobody touched it for too long
 * ({@link DraftExpiry}). The boundaries decide who may act on the draft; this is what follows,
 * the same for all of them.
 * <p>
 * Not an EJB on purpose, as {@link DeskAccess}: it joins the call of the boundary that uses it,
 * with that boundary's caller and transaction, so a citizen's boundary, the desk's and a background
 * job share it without needing each other's roles. It is not a control because it asks the
 * {@link Cashier} and announces {@link PracticeSent}, which belong to the boundaries.
 */
@Dependent
class Drafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Municipality municipality;

    @EJB
    Areas areas;

    @Inject
    Cashier cashier;

    @Inject
    DeskPolicies policies;

    @Inject
    Event<PracticeSent> sent;

    @Inject
    HeldSlots heldSlots;

    /** How a checked draft is sent: by its citizen, or by the desk on the citizen's behalf. */
    @FunctionalInterface
    interface Sending {
        /** Freezes the checked data and records who sent it; when the policy says a payment is due the practice waits for it. */
        void send(String checkedData, DeskPolicy policy);
    }

    /**
     * Sends a locked draft whoever sends it: the form checked again against its version (files
     * included), the stamp duties it asks for declared, then frozen by {@code sending}; when the
     * form asks for a payment the practice waits for it (its debt position is created here),
     * otherwise it is announced as sent (receipt, routing, protocol).
     */
    Practice submit(Practice practice, Sending sending) {
        FormDefinition definition = definition(practice);
        Map<String, Object> input =
                DraftInput.fromJson(practice.getApplication().getInput());
        for (Field field : definition.fields()) {
            if (field.kind() == FieldKind.FILE) {
                practice.attachmentOfField(field.id()).ifPresent(file -> input.put(field.id(), asUpload(file)));
            }
        }
        ValidationResult result = new FormValidator(municipality.comuni(), clock).validate(definition, input);
        if (!result.isValid()) {
            throw new PracticeRefusedException(
                    "practice.form.invalid", result.errors().size());
        }
        if (cashier.declaredStamps(practice) < definition.stampDuties().size()) {
            throw new PracticeRefusedException("practice.stamps.missing");
        }
        BigDecimal amount = definition
                .paymentRequired()
                .flatMap(p -> p.amountFor(result.data()))
                .orElse(BigDecimal.ZERO);
        boolean paymentDue = amount.signum() > 0;
        Map<Field, TimeSpan> slots = new LinkedHashMap<>();
        for (Field field : definition.fields()) {
            if (result.data().get(field.id()) instanceof TimeSpan span) {
                slots.put(field, span);
            }
        }
        heldSlots.keepOnSending(practice, slots, paymentDue);
        sending.send(result.data().toJson(), policies.desk().withPaymentDue(paymentDue));
        practice.desk().placeIn(areas.areaOf(definition, result.data()).orElse(null));
        if (paymentDue) {
            // sent once paid; a refused creation is in the iter and the citizen can try again
            String reason = definition.paymentRequired().orElseThrow().reason().italian() + " - "
                    + practice.getApplicant().fullName();
            cashier.askWithRequest(practice, amount, reason);
            return practice;
        }
        sent.fire(new PracticeSent(practice.getReference()));
        return practice;
    }

    /** Deletes a draft; anything sent is refused. */
    void delete(Practice practice) {
        if (!practice.isDraft()) {
            throw new PracticeRefusedException("practice.not_draft");
        }
        // Stamps declared on the draft go with it: their numbers are free again.
        cashier.forgetStamps(practice);
        heldSlots.release(practice);
        em.remove(practice);
    }

    /** The form the practice is filled with, in the version it was started on. */
    static FormDefinition definition(Practice practice) {
        return FormDefinitions.parse(practice.getForm().getDefinition());
    }

    private static UploadedFile asUpload(Attachment file) {
        return new UploadedFile(
                file.getReference(), file.getFileName(), file.getType().mediaType(), file.getSize(), file.head());
    }
}
