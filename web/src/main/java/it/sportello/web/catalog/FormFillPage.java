package it.sportello.web.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

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
import it.sportello.form.control.RequiredStampDuty;
import it.sportello.form.control.UploadedFile;
import it.sportello.identity.entity.Address;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.municipality.Municipality;
import it.sportello.platform.BusinessException;
import it.sportello.payment.boundary.Payments;
import it.sportello.payment.boundary.StampDeclaration;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentState;
import it.sportello.payment.entity.StampDuty;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.Receipts;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.control.DraftInput;
import it.sportello.practice.entity.ApplicantRole;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.Beneficiary;
import it.sportello.practice.entity.DelegationPart;
import it.sportello.practice.entity.Practice;
import it.sportello.web.citizen.CurrentCitizen;
import it.sportello.web.form.FormState;
import it.sportello.web.i18n.LocaleSelection;
import it.sportello.web.payment.Checkout;
import it.sportello.web.retry.RetriedOnConflict;

/**
 * Backing bean of {@code /servizi/compila.xhtml}: the wizard a citizen fills a practice with —
 * privacy notice, applicant, role (self or delegate), the service's form one section at a time,
 * summary, "Conferma e invia". {@code ?servizio=<code>} starts; the draft is created when the
 * privacy notice is accepted and from then on lives at {@code ?pratica=<reference>}, saved at every
 * step, so leaving and coming back loses nothing. Every rule is checked again by the server when
 * the practice is sent.
 */
@Named
@ViewScoped
public class FormFillPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The steps before and after the service's own sections; PAYMENT only when the service asks for one at request. */
    public enum Stage {
        PRIVACY, APPLICANT, ROLE, FORM, PAYMENT, SUMMARY
    }

    /** One stamp duty the citizen declares: identifier, issue day and time as typed. */
    public static class StampInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String reason;
        private final BigDecimal amount;
        private String identifier;
        private LocalDate issuedOn;
        private LocalTime issuedAt;

        StampInput(String reason, BigDecimal amount) {
            this.reason = reason;
            this.amount = amount;
        }

        public String getReason() {
            return reason;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public String getIdentifier() {
            return identifier;
        }

        public void setIdentifier(String identifier) {
            this.identifier = identifier;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }

        public LocalTime getIssuedAt() {
            return issuedAt;
        }

        public void setIssuedAt(LocalTime issuedAt) {
            this.issuedAt = issuedAt;
        }
    }

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

    private String code;
    private String reference;
    /** The earlier practice this one changes (rinnovo, modifica, voltura…), when started from it. */
    private String previous;
    private Service service;
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

    private ApplicantRole role = ApplicantRole.SELF;
    private FiscalCode beneficiaryCode;
    private String beneficiaryGivenName;
    private String beneficiaryFamilyName;
    private LocalDate delegationValidUntil;
    private LocalDate documentValidUntil;
    private String delegationFile;
    private String documentFile;

    private List<StampInput> stamps;

    /** Where the page shows a refusal of each part of a delegation. */
    private static final Map<DelegationPart, String> DELEGATION_FIELDS = Map.of(
            DelegationPart.BENEFICIARY, "fill:beneficiary-code",
            DelegationPart.DELEGATION_FILE, "fill:delegation-file",
            DelegationPart.DELEGATION_VALIDITY, "fill:delegation-until",
            DelegationPart.DOCUMENT_FILE, "fill:document-file",
            DelegationPart.DOCUMENT_VALIDITY, "fill:document-until");

    private transient Map<String, Part> parts;
    private transient Part delegationPart;
    private transient Part documentPart;

    // --- loading ------------------------------------------------------------------------------

    public void load() throws IOException {
        if (state != null || levelTooLow) {
            return;
        }
        if (!citizen.isLoggedIn()) {
            String back = ServiceCardPage.START_PATH + (reference != null ? "?pratica=" + reference : "?servizio=" + code);
            Faces.redirect(Faces.getRequestContextPath() + "/accedi.xhtml?torna=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        if (reference != null) {
            resume(practices.owned(citizen.fiscalCode(), reference));
            return;
        }
        service = code == null ? null : catalog.service(code).orElse(null);
        String definition = service == null || service.isExternal() ? null
                : forms.current(code).map(v -> {
                    formVersion = v.getNumber();
                    return v.getDefinition();
                }).orElse(null);
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
        email = person.getContacts() == null ? null : person.getContacts().getEmail();
        phone = person.getContacts() == null ? null : person.getContacts().getMobile();
        prefill(person);
    }

    /** A draft picks up where it was left: every answer, every file, the same step. */
    private void resume(Practice practice) throws IOException {
        if (!practice.isDraft()) {
            Faces.redirect(Faces.getRequestContextPath() + Receipts.PRACTICE_PAGE + practice.getReference());
            return;
        }
        service = practice.getService();
        previous = practice.getPrevious() == null ? null : practice.getPrevious().getReference();
        formVersion = practice.getForm().getNumber();
        state = new FormState(practice.getForm().getDefinition(), municipality.comuni());
        state.getInput().putAll(DraftInput.fromJson(practice.getDraftInput()));
        for (Field field : state.getDefinition().fields()) {
            if (field.kind() == FieldKind.FILE) {
                practice.attachmentOfField(field.id()).ifPresent(file -> state.getInput().put(field.id(), FormState.kept(file, file.bytes())));
            }
        }
        privacyAccepted = practice.isPrivacyAccepted();
        email = practice.getApplicantEmail();
        phone = practice.getApplicantPhone();
        role = practice.getRole() == null ? ApplicantRole.SELF : practice.getRole();
        if (practice.getBeneficiary() != null) {
            beneficiaryCode = practice.getBeneficiary().getFiscalCode();
            beneficiaryGivenName = practice.getBeneficiary().getGivenName();
            beneficiaryFamilyName = practice.getBeneficiary().getFamilyName();
            delegationValidUntil = practice.getBeneficiary().getDelegationValidUntil();
            documentValidUntil = practice.getBeneficiary().getDocumentValidUntil();
        }
        practice.attachment(AttachmentPurpose.DELEGATION).ifPresent(a -> delegationFile = a.getFileName());
        practice.attachment(AttachmentPurpose.IDENTITY_DOCUMENT).ifPresent(a -> documentFile = a.getFileName());
        List<StampDuty> declared = payments.stampsOf(citizen.fiscalCode(), practice.getReference());
        for (int i = 0; i < declared.size() && i < getStamps().size(); i++) {
            if (declared.get(i).isDeclared()) {
                StampInput input = getStamps().get(i);
                input.setIdentifier(declared.get(i).getIdentifier());
                input.setIssuedOn(declared.get(i).getIssuedAt().toLocalDate());
                input.setIssuedAt(declared.get(i).getIssuedAt().toLocalTime());
            }
        }
        int saved = practice.getStep();
        stage = Stage.values()[Math.min(saved / 100, Stage.SUMMARY.ordinal())];
        state.goTo(saved % 100);
    }

    /** The first e-mail, phone and address fields of the form start from the profile. */
    private void prefill(Citizen person) {
        boolean emailDone = false;
        boolean phoneDone = false;
        boolean addressDone = false;
        for (Field field : state.getDefinition().fields()) {
            if (field.kind() == FieldKind.EMAIL && !emailDone) {
                state.prefill(field.id(), email);
                emailDone = true;
            } else if (field.kind() == FieldKind.PHONE && !phoneDone) {
                state.prefill(field.id(), phone);
                phoneDone = true;
            } else if (field.kind() == FieldKind.ADDRESS && !addressDone && person.getResidence() != null) {
                Address residence = person.getResidence();
                state.prefillAddress(field.id(), residence.getStreet(), residence.getNumber(), residence.getProvince(),
                        residence.getCity(), residence.getPostcode());
                addressDone = true;
            }
        }
    }

    // --- the steps ------------------------------------------------------------------------------

    /** Privacy notice accepted: the draft is created, and the address becomes the draft's own. */
    public void acceptPrivacy() throws IOException {
        if (!privacyAccepted) {
            Messages.addGlobalError("practice_wizard.privacy.required");
            return;
        }
        Practice practice = workflow.start(citizen.fiscalCode(), service.getCode(), previous);
        workflow.acceptPrivacy(citizen.fiscalCode(), practice.getReference());
        reference = practice.getReference();
        stage = Stage.APPLICANT;
        save();
        Faces.redirect(Faces.getRequestContextPath() + ServiceCardPage.START_PATH + "?pratica=" + reference);
    }

    public void saveApplicant() {
        workflow.contacts(citizen.fiscalCode(), reference, email, phone);
        if (backToSummary) {
            returnToSummary();
        } else {
            stage = Stage.ROLE;
        }
        save();
    }

    /**
     * The role is saved as it is, so that nothing typed or attached is lost; the step is passed
     * only when the delegation is complete and valid today, by the rule the sending applies, each
     * problem said next to its part.
     */
    public void saveRole() throws IOException {
        FiscalCode who = citizen.fiscalCode();
        if (role == ApplicantRole.DELEGATE) {
            workflow.actFor(who, reference, new Beneficiary(beneficiaryCode, beneficiaryGivenName, beneficiaryFamilyName,
                    delegationValidUntil, documentValidUntil));
            delegationFile = upload(AttachmentPurpose.DELEGATION, delegationPart, delegationFile, "fill:delegation-file");
            documentFile = upload(AttachmentPurpose.IDENTITY_DOCUMENT, documentPart, documentFile, "fill:document-file");
            Map<DelegationPart, String> problems = workflow.delegationProblems(who, reference);
            problems.forEach((part, key) -> Messages.addError(DELEGATION_FIELDS.get(part), key));
            if (!problems.isEmpty() || Faces.isValidationFailed()) {
                Messages.addGlobalError("form.fix");
                return;
            }
        } else {
            workflow.actForSelf(who, reference);
            delegationFile = null;
            documentFile = null;
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
            state.take(fieldId, chosen.getValue(), upload -> FormState.kept(
                    workflow.attach(citizen.fiscalCode(), reference, AttachmentPurpose.FORM, fieldId, upload), upload.bytes()));
        }
        getParts().clear();
        boolean wasLast = state.isLast();
        boolean passed = state.next(locale.getLocale(), clock);
        if (passed && wasLast) {
            stage = isPaymentStep() ? Stage.PAYMENT : Stage.SUMMARY;
        }
        save();
        if (!passed) {
            Messages.addGlobalError("form.fix");
        }
    }

    /** An optional file taken away: gone from the field and from the draft. */
    public void removeFile(String fieldId) {
        Field field = state.getDefinition().field(fieldId).filter(f -> f.kind() == FieldKind.FILE && !f.required()).orElseThrow();
        workflow.detach(citizen.fiscalCode(), reference, field.id());
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
            case SUMMARY -> stage = isPaymentStep() ? Stage.PAYMENT : Stage.FORM;
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
        workflow.fill(citizen.fiscalCode(), reference, typedInput(), stage.ordinal() * 100 + state.getStep());
        payments.declareStamps(citizen.fiscalCode(), reference, getStamps().stream()
                .map(s -> new StampDeclaration(s.getIdentifier(), s.getIssuedOn() == null || s.getIssuedAt() == null ? null
                        : LocalDateTime.of(s.getIssuedOn(), s.getIssuedAt()))).toList());
        stage = Stage.SUMMARY;
        save();
    }

    /**
     * Sends the practice; a second click or a retried request finds it sent and changes nothing.
     * When a payment is due, the citizen goes to the checkout and the practice is sent once paid.
     */
    @RetriedOnConflict
    public String send() throws IOException {
        Practice sent = workflow.send(citizen.fiscalCode(), reference);
        if (sent.isWaitingForPayment()) {
            Payment payment = payments.toPay(citizen.fiscalCode(), reference);
            String detail = Receipts.PRACTICE_PAGE + sent.getReference() + "&inviata=true&scheda=pagamento";
            if (payment.getState() == PaymentState.ERROR) {
                Messages.addFlashGlobalError("payment.creation_failed");
                Faces.redirect(Faces.getRequestContextPath() + detail);
                return null;
            }
            checkout.go(List.of(payment.getIud()), detail);
            return null;
        }
        return "/area-personale/pratiche/dettaglio?faces-redirect=true&inviata=true&pratica=" + sent.getReference();
    }

    private void save() {
        workflow.fill(citizen.fiscalCode(), reference, typedInput(), stage.ordinal() * 100 + state.getStep());
    }

    private Map<String, Object> typedInput() {
        Map<String, Object> typed = new HashMap<>(state.getInput());
        // files are the draft's attachments, not typed input
        typed.values().removeIf(UploadedFile.class::isInstance);
        return typed;
    }

    /** A delegation's file kept, or refused next to its field (then the one kept before stays). */
    private String upload(AttachmentPurpose purpose, Part part, String current, String clientId) throws IOException {
        if (part == null || part.getSize() == 0) {
            return current;
        }
        try {
            return workflow.attach(citizen.fiscalCode(), reference, purpose, null,
                    new Upload(part.getSubmittedFileName(), read(part))).getFileName();
        } catch (BusinessException e) {
            Messages.addError(clientId, e.messageKey(), e.parameters());
            Faces.validationFailed();
            return current;
        }
    }

    private static byte[] read(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    // --- what the page reads ----------------------------------------------------------------------

    /** The service asks, with the request, for stamp duties or a payment (more than nothing, for the data typed). */
    public boolean isPaymentStep() {
        return !state.getDefinition().stampDuties().isEmpty() || getPaymentAmount().signum() > 0;
    }

    /** The causale of the payment at request, in the reader's language; null when none. */
    public String getPaymentReason() {
        return state.getDefinition().paymentRequired().map(p -> p.reason().in(locale.getLocale())).orElse(null);
    }

    /** What the citizen pays with the request for the data typed so far; zero when nothing (yet). */
    public BigDecimal getPaymentAmount() {
        return state.getDefinition().paymentRequired().flatMap(p -> p.amountFor(state.result().data())).orElse(BigDecimal.ZERO);
    }

    /** One input per stamp duty the form asks for, in the form's order. */
    public List<StampInput> getStamps() {
        if (stamps == null) {
            stamps = new ArrayList<>();
            for (RequiredStampDuty duty : state.getDefinition().stampDuties()) {
                stamps.add(new StampInput(duty.reason().in(locale.getLocale()), duty.amount()));
            }
        }
        return stamps;
    }

    public boolean isOpen() {
        return service.acceptsRequestsOn(LocalDate.now(clock));
    }

    public Citizen getApplicant() {
        return citizen.get();
    }

    public ApplicantRole[] getRoles() {
        return ApplicantRole.values();
    }

    public boolean isDelegate() {
        return role == ApplicantRole.DELEGATE;
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

    public ApplicantRole getRole() {
        return role;
    }

    public void setRole(ApplicantRole role) {
        this.role = role;
    }

    public FiscalCode getBeneficiaryCode() {
        return beneficiaryCode;
    }

    public void setBeneficiaryCode(FiscalCode beneficiaryCode) {
        this.beneficiaryCode = beneficiaryCode;
    }

    public String getBeneficiaryGivenName() {
        return beneficiaryGivenName;
    }

    public void setBeneficiaryGivenName(String beneficiaryGivenName) {
        this.beneficiaryGivenName = beneficiaryGivenName;
    }

    public String getBeneficiaryFamilyName() {
        return beneficiaryFamilyName;
    }

    public void setBeneficiaryFamilyName(String beneficiaryFamilyName) {
        this.beneficiaryFamilyName = beneficiaryFamilyName;
    }

    public LocalDate getDelegationValidUntil() {
        return delegationValidUntil;
    }

    public void setDelegationValidUntil(LocalDate delegationValidUntil) {
        this.delegationValidUntil = delegationValidUntil;
    }

    public LocalDate getDocumentValidUntil() {
        return documentValidUntil;
    }

    public void setDocumentValidUntil(LocalDate documentValidUntil) {
        this.documentValidUntil = documentValidUntil;
    }

    public String getDelegationFile() {
        return delegationFile;
    }

    public String getDocumentFile() {
        return documentFile;
    }

    public Part getDelegationPart() {
        return delegationPart;
    }

    public void setDelegationPart(Part delegationPart) {
        this.delegationPart = delegationPart;
    }

    public Part getDocumentPart() {
        return documentPart;
    }

    public void setDocumentPart(Part documentPart) {
        this.documentPart = documentPart;
    }
}
