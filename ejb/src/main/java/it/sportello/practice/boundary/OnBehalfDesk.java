package it.sportello.practice.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import it.sportello.catalog.entity.Service;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.entity.FileType;
import it.sportello.identity.boundary.UnknownCitizenException;
import it.sportello.identity.entity.Address;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.Contacts;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.IdentityDocument;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Roles;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.text.Digests;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.control.DraftInput;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.DeskAction;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;

/**
 * "Nuova pratica per conto di un cittadino": the desk finds the citizen (or records one it does
 * not know yet), starts a draft of a service for them, keeps the files of its form and sends it,
 * filled with them at the counter. The practice is the citizen's from the start: it shows in their
 * area and they get the receipt. Sending follows the same rules as the citizen's own
 * ({@link Drafts#submit}).
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
public class OnBehalfDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeskAccess access;

    @Inject
    Drafts drafts;

    /**
     * Citizens whose codice fiscale is the text, or whose names contain it, for a practice on
     * their behalf; at most {@code howMany}, by family name.
     */
    public List<Citizen> citizens(@NotBlank String text, @Min(1) int howMany) {
        access.operator();
        java.util.Optional<FiscalCode> code = FiscalCode.parse(text);
        if (code.isPresent()) {
            return em.createNamedQuery(Citizen.BY_FISCAL_CODE, Citizen.class)
                    .setParameter("fiscalCode", code.get())
                    .getResultList();
        }
        String like = "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return em.createQuery(
                        "SELECT c FROM Citizen c WHERE LOWER(CONCAT(c.givenName, ' ', c.familyName)) LIKE :like ESCAPE '\\'"
                                + " OR LOWER(CONCAT(c.familyName, ' ', c.givenName)) LIKE :like ESCAPE '\\' ORDER BY c.familyName, c.givenName, c.id",
                        Citizen.class)
                .setParameter("like", like)
                .setMaxResults(howMany)
                .getResultList();
    }

    /**
     * "Nuova pratica per conto di un cittadino": a draft of the service for the citizen with that
     * codice fiscale, created with {@code ifNew} (names, and e-mail and mobile as contacts) when
     * the desk does not know them yet. The practice is the citizen's and shows in their area.
     */
    public Practice startOnBehalf(@NotBlank String serviceCode, @NotNull FiscalCode fiscalCode, PersonalData ifNew) {
        StaffAccount who = access.operator();
        Service service = access.service(who, serviceCode);
        if (service.isExternal() || !service.acceptsRequestsOn(LocalDate.now(clock))) {
            throw new PracticeRefusedException("practice.service.closed");
        }
        Citizen citizen = em.createNamedQuery(Citizen.BY_FISCAL_CODE, Citizen.class)
                .setParameter("fiscalCode", fiscalCode)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    if (ifNew == null) {
                        throw new UnknownCitizenException(fiscalCode);
                    }
                    Citizen created = new Citizen(fiscalCode, ifNew);
                    created.updateProfile(
                            new Contacts(ifNew.email(), ifNew.mobile(), null),
                            new Address(),
                            new Address(),
                            new IdentityDocument());
                    em.persist(created);
                    return created;
                });
        Practice practice = Practice.startOnBehalf(
                UUID.randomUUID().toString(), service, access.currentForm(service), citizen, who, clock.instant());
        em.persist(practice);
        return access.notified(practice, DeskAction.Kind.ON_BEHALF, who);
    }

    /**
     * A form file of a practice the desk started for a citizen, kept on its draft once checked as
     * the citizen's own files are (the field's types, read from the content, and size): what the
     * operator attached is not lost when the form still has something to fix. It replaces the
     * field's earlier file.
     */
    public Attachment attachOnBehalf(@NotBlank String reference, @NotBlank String fieldId, @NotNull Upload upload) {
        Practice practice = access.visible(access.operator(), reference);
        Field field = FormDefinitions.parse(practice.getForm().getDefinition())
                .field(fieldId)
                .filter(f -> f.kind() == FieldKind.FILE)
                .orElseThrow(() -> new PracticeRefusedException("practice.file.field_unknown"));
        FileType type = PracticeWorkflow.checked(upload, Set.copyOf(field.accept()), field.maxSize());
        return practice.filling()
                .attach(
                        UUID.randomUUID().toString(),
                        AttachmentPurpose.FORM,
                        field.id(),
                        upload.fileName(),
                        type,
                        upload.bytes(),
                        Digests.sha256(upload.bytes()),
                        clock.instant());
    }

    /**
     * Sends a practice the desk started for a citizen, filled with them at the counter: the
     * citizen saw the privacy notice (the operator confirms it), the contacts the office answers
     * to and the form input, with the files attached to the draft, checked by the same rules as
     * the citizen's own sending. Sending it again returns it unchanged. The citizen gets the
     * receipt and finds it in their area.
     */
    public Practice sendOnBehalf(
            @NotBlank String reference,
            boolean privacyShown,
            @Size(max = 254) String email,
            @Size(max = 40) String phone,
            @NotNull Map<String, ?> typed) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        em.lock(practice, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(practice);
        if (!practice.isDraft()) {
            return practice;
        }
        if (!privacyShown) {
            throw new PracticeRefusedException("practice.privacy.required");
        }
        Instant now = clock.instant();
        practice.filling().acceptPrivacy(now);
        practice.filling().contacts(email, phone, now);
        practice.filling().actForSelf(now);
        practice.filling().fill(DraftInput.toJson(typed), 0, now);
        return drafts.submit(
                practice, (data, policy) -> practice.filling().sendOnBehalf(data, who, policy, now, Clocks.ITALY));
    }
}
