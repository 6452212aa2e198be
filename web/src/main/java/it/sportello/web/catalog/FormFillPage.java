package it.sportello.web.catalog;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Service;
import it.sportello.form.boundary.Forms;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.identity.entity.Citizen;
import it.sportello.municipality.Municipality;
import it.sportello.payment.boundary.Payments;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentState;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.control.DraftInput;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.Draft;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;
import it.sportello.web.booking.WeekGrid;
import it.sportello.web.catalog.WizardPosition.Stage;
import it.sportello.web.citizen.CurrentCitizen;
import it.sportello.web.form.FormState;
import it.sportello.web.i18n.BundleMessages;
import it.sportello.web.i18n.LocaleSelection;
import it.sportello.web.payment.Checkout;
import it.sportello.web.retry.RetriedOnConflict;

/**
 * Backing bean of {@code /servizi/compila.xhtml}: the wizard a citizen fills a practice with —
 * privacy notice, applicant, role (self or delegate), the service's form one section at a time,
 * summary, "Conferma e invia". {@code ?servizio=<code>} starts; the draft is created when the
 * privacy notice is accepted and from then on lives at {@code ?pratica=<reference>}, saved at every
 * step, so leaving and coming back loses nothing. Every rule is checked again by the server when
 * the practice is sent. The role step and the payment step keep their own inputs, in
 * {@link DelegationStep} and {@link PaymentStep}; where the citizen is, is a {@link WizardPosition}.
 */
@Named
@ViewScoped
public class FormFillPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    @EJB
    PracticeWorkflow workflow;

    @EJB
    Practices practices;

    @EJB
    Payments payments;

    @Inject
    Checkout checkout;

    @Inject
    CurrentCitizen citizen;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    @Inject
    Municipality municipality;

    @Inject
    PublicLinks links;

    @Inject
    DelegationStep delegation;

    @Inject
    PaymentStep payment;

    @Inject
    SlotStep slots;

    private String code;
    private String reference;
    /** The earlier practice this one changes (rinnovo, modifica, voltura…), when started from it. */
    private String previous;
    /** The service's code: what the view keeps; the service itself is read again where the view is restored. */
    private String serviceCode;

    private transient Service service;
    private int formVersion;
    private FormState state;
    private Stage stage = Stage.PRIVACY;
    /** The step on screen was opened from the summary, and leads back to it once passed. */
    private boolean backToSummary;

    private boolean levelTooLow;

    private boolean privacyAccepted;

    @Email(message = "{contacts.email.invalid}")
    @Size(max = 254)
    private String email;

    @Pattern(regexp = "\\+?[0-9 ]{6,20}", message = "{contacts.phone.invalid}")
    private String phone;

    private transient Map<String, Part> parts;

    // --- loading ------------------------------------------------------------------------------

    public void load() throws IOException {
        if (state != null || levelTooLow) {
            return;
        }
        if (!citizen.isLoggedIn()) {
            String back =
                    ServiceCardPage.START_PATH + (reference != null ? "?pratica=" + reference : "?servizio=" + code);
            Faces.redirect(Faces.getRequestContextPath() + "/accedi.xhtml?torna="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        if (reference != null) {
            resume(practices.owned(reference));
            return;
        }
        service = code == null ? null : catalog.service(code).orElse(null);
        serviceCode = service == null ? null : service.getCode();
        String definition = service == null || service.isExternal()
                ? null
                : forms.current(code)
                        .map(v -> {
                            formVersion = v.getNumber();
                            return v.getDefinition();
                        })
                        .orElse(null);
        if (definition == null) {
            Faces.responseSendError(404, "");
            return;
        }
        Citizen person = citizen.get();
        if (!service.getAccessLevel().isSatisfiedBy(person.provenLevel())) {
            levelTooLow = true;
            return;
        }
        state = new FormState(definition, municipality.comuni());
        payment.of(state);
        email = person.getContacts() == null ? null : person.getContacts().getEmail();
        phone = person.getContacts() == null ? null : person.getContacts().getMobile();
        state.prefillContacts(email, phone, person.getResidence());
    }

    /** A draft picks up where it was left: every answer, every file, the same step. */
    private void resume(Practice practice) throws IOException {
        if (!practice.isDraft()) {
            Faces.redirect(Faces.getRequestContextPath() + links.path(PublicPage.PRACTICE) + practice.getReference());
            return;
        }
        service = practice.getService();
        serviceCode = service.getCode();
        previous =
                practice.getPrevious() == null ? null : practice.getPrevious().getReference();
        formVersion = practice.getForm().getNumber();
        state = new FormState(practice.getForm().getDefinition(), municipality.comuni());
        payment.of(state);
        Draft draft = practice.getApplication();
        state.getInput().putAll(DraftInput.fromJson(draft.getInput()));
        for (Field field : state.getDefinition().fields()) {
            if (field.kind() == FieldKind.FILE) {
                practice.attachmentOfField(field.id())
                        .ifPresent(file -> state.getInput().put(field.id(), FormState.kept(file, file.bytes())));
            }
        }
        privacyAccepted = draft.isPrivacyAccepted();
        email = draft.getApplicantEmail();
        phone = draft.getApplicantPhone();
        delegation.resume(practice);
        payment.resume(practice.getReference());
        WizardPosition saved = WizardPosition.fromStored(draft.getStep());
        stage = saved.stage();
        state.goTo(saved.section());
    }

    // --- the steps ------------------------------------------------------------------------------

    /** Privacy notice accepted: the draft is created, and the address becomes the draft's own. */
    public void acceptPrivacy() throws IOException {
        if (!privacyAccepted) {
            Messages.addGlobalError("practice_wizard.privacy.required");
            return;
        }
        Practice practice = workflow.start(serviceCode, previous);
        workflow.acceptPrivacy(practice.getReference());
        reference = practice.getReference();
        stage = Stage.APPLICANT;
        save();
        Faces.redirect(Faces.getRequestContextPath() + ServiceCardPage.START_PATH + "?pratica=" + reference);
    }

    public void saveApplicant() {
        workflow.contacts(reference, email, phone);
        if (backToSummary) {
            returnToSummary();
        } else {
            stage = Stage.ROLE;
        }
        save();
    }

    /** The role step is passed once what it asks is complete; see {@link DelegationStep#save(String)}. */
    public void saveRole() throws IOException {
        if (!delegation.save(reference)) {
            return;
        }
        if (backToSummary) {
            returnToSummary();
        } else {
            stage = Stage.FORM;
            state.goTo(0);
        }
        save();
    }

    /** From the summary, back to the applicant's contacts; the step then leads back to the summary. */
    public void changeApplicant() {
        stage = Stage.APPLICANT;
        backToSummary = true;
        save();
    }

    /** From the summary, back to the applicant's role; the step then leads back to the summary. */
    public void changeRole() {
        stage = Stage.ROLE;
        backToSummary = true;
        save();
    }

    /** A step opened from the summary is passed: the summary again, or the form's first section if it no longer passes. */
    private void returnToSummary() {
        backToSummary = false;
        if (state.checkAll(locale.getLocale(), clock)) {
            stage = Stage.SUMMARY;
        } else {
            stage = Stage.FORM;
            state.goTo(0);
        }
    }

    /** The section on screen: its files kept, its rules checked, the draft saved, then the next one. */
    public void next() throws IOException {
        for (Map.Entry<String, Part> chosen : getParts().entrySet()) {
            String fieldId = chosen.getKey();
            state.take(
                    fieldId,
                    chosen.getValue(),
                    upload -> FormState.kept(
                            workflow.attach(reference, AttachmentPurpose.FORM, fieldId, upload), upload.bytes()));
        }
        getParts().clear();
        slots.hold(reference, state);
        boolean wasLast = state.isLast();
        boolean passed = state.next(locale.getLocale(), clock);
        if (passed && wasLast) {
            stage = payment.isAsked() ? Stage.PAYMENT : Stage.SUMMARY;
        }
        save();
        if (!passed) {
            Messages.addGlobalError("form.fix");
        }
    }

    /** The week a calendar slot field shows: {@code #{page.slotGrid(field)}}. */
    public WeekGrid slotGrid(Field field) {
        return slots.grid(reference, field, state);
    }

    /** Another week in a calendar slot field; what was typed in the section is kept. */
    public void slotWeek(String fieldId, int byWeeks) {
        slots.move(fieldId, byWeeks);
        save();
    }

    /** An optional file taken away: gone from the field and from the draft. */
    public void removeFile(String fieldId) {
        Field field = state.getDefinition()
                .field(fieldId)
                .filter(f -> f.kind() == FieldKind.FILE && !f.required())
                .orElseThrow();
        workflow.detach(reference, field.id());
        state.remove(field.id());
        save();
    }

    public void back() {
        switch (stage) {
            case APPLICANT -> stage = Stage.PRIVACY;
            case ROLE -> stage = Stage.APPLICANT;
            case FORM -> {
                if (state.isFirst()) {
                    stage = Stage.ROLE;
                } else {
                    state.back();
                }
            }
            case PAYMENT -> stage = Stage.FORM;
            case SUMMARY -> stage = payment.isAsked() ? Stage.PAYMENT : Stage.FORM;
            default -> {
                // the first step has nothing before it
            }
        }
        if (reference != null) {
            save();
        }
    }

    /** From the summary, back to one section to change it. */
    public void change(int index) {
        stage = Stage.FORM;
        state.goTo(index);
        save();
    }

    /** The stamps typed on the payment step are declared (each identifier once in the whole system). */
    public void saveStamps() {
        save();
        payment.declare(reference);
        stage = Stage.SUMMARY;
        save();
    }

    /**
     * Sends the practice; a second click or a retried request finds it sent and changes nothing.
     * When a payment is due, the citizen goes to the checkout and the practice is sent once paid.
     */
    @RetriedOnConflict
    public String send() throws IOException {
        Practice sent;
        try {
            sent = workflow.send(reference);
        } catch (PracticeRefusedException e) {
            Optional<Field> slotField = "practice.slot.taken".equals(e.messageKey())
                    ? slots.fieldOfCalendar(state, String.valueOf(e.parameters()[0]))
                    : Optional.empty();
            if (slotField.isEmpty()) {
                throw e;
            }
            // somebody took the slots after the hold ran out: back to the field, which says so
            state.refuseSlots(slotField.get().id(), BundleMessages.format("practice.slot.taken"));
            stage = Stage.FORM;
            state.goTo(state.indexOf(slotField.get()));
            state.checkAll(locale.getLocale(), clock);
            save();
            return null;
        }
        if (sent.isWaitingForPayment()) {
            Payment due = payments.toPay(reference);
            String detail = links.path(PublicPage.PRACTICE) + sent.getReference() + "&inviata=true&scheda=pagamento";
            if (due.getState() == PaymentState.ERROR) {
                Messages.addFlashGlobalError("payment.creation_failed");
                Faces.redirect(Faces.getRequestContextPath() + detail);
                return null;
            }
            checkout.go(List.of(due.getIud()), detail);
            return null;
        }
        return "/area-personale/pratiche/dettaglio?faces-redirect=true&inviata=true&pratica=" + sent.getReference();
    }

    private void save() {
        workflow.fill(reference, state.typedInput(), new WizardPosition(stage, state.getStep()).toStored());
    }

    // --- what the page reads ----------------------------------------------------------------------

    public boolean isOpen() {
        return getService().acceptsRequestsOn(LocalDate.now(clock));
    }

    public Citizen getApplicant() {
        return citizen.get();
    }

    /** The "Ruolo" step's inputs, as {@code #{page.delegation.…}}. */
    public DelegationStep getDelegation() {
        return delegation;
    }

    /** The payment step's amount and stamps, as {@code #{page.payment.…}}. */
    public PaymentStep getPayment() {
        return payment;
    }

    public Map<String, Part> getParts() {
        if (parts == null) {
            parts = new HashMap<>();
        }
        return parts;
    }

    public Stage getStage() {
        return stage;
    }

    public boolean isLevelTooLow() {
        return levelTooLow;
    }

    public Service getService() {
        if (service == null && serviceCode != null) {
            service = catalog.service(serviceCode).orElseThrow();
        }
        return service;
    }

    public FormState getState() {
        return state;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getReference() {
        return reference;
    }

    public String getPrevious() {
        return previous;
    }

    public void setPrevious(String previous) {
        this.previous = previous == null || previous.isBlank() ? null : previous;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public boolean isPrivacyAccepted() {
        return privacyAccepted;
    }

    public void setPrivacyAccepted(boolean privacyAccepted) {
        this.privacyAccepted = privacyAccepted;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
