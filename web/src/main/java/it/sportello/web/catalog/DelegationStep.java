package it.sportello.web.catalog;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.platform.BusinessException;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Upload;
import it.sportello.practice.entity.ApplicantRole;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.Beneficiary;
import it.sportello.practice.entity.DelegationPart;
import it.sportello.practice.entity.Draft;
import it.sportello.practice.entity.Practice;
import it.sportello.web.form.Uploads;

/**
 * The wizard's "Ruolo" step, held by {@link FormFillPage} for as long as its view: whether the
 * citizen acts for himself or herself or for someone else, and then who that is, the signed
 * delegation and the beneficiary's identity document, each file with its validity. The page reads
 * it as {@code #{page.delegation}}.
 */
@Dependent
public class DelegationStep implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the page shows a refusal of each part of a delegation. */
    private static final Map<DelegationPart, String> DELEGATION_FIELDS = Map.of(
            DelegationPart.BENEFICIARY, "fill:beneficiary-code",
            DelegationPart.DELEGATION_FILE, "fill:delegation-file",
            DelegationPart.DELEGATION_VALIDITY, "fill:delegation-until",
            DelegationPart.DOCUMENT_FILE, "fill:document-file",
            DelegationPart.DOCUMENT_VALIDITY, "fill:document-until");

    @EJB
    PracticeWorkflow workflow;

    private ApplicantRole role = ApplicantRole.SELF;
    private FiscalCode beneficiaryCode;
    private String beneficiaryGivenName;
    private String beneficiaryFamilyName;
    private LocalDate delegationValidUntil;
    private LocalDate documentValidUntil;
    private String delegationFile;
    private String documentFile;

    private transient Part delegationPart;
    private transient Part documentPart;

    /** The role, the beneficiary and the names of the files a draft was left with. */
    void resume(Practice practice) {
        Draft draft = practice.getApplication();
        role = draft.getRole() == null ? ApplicantRole.SELF : draft.getRole();
        Beneficiary beneficiary = draft.getBeneficiary();
        if (beneficiary != null) {
            beneficiaryCode = beneficiary.getFiscalCode();
            beneficiaryGivenName = beneficiary.getGivenName();
            beneficiaryFamilyName = beneficiary.getFamilyName();
            delegationValidUntil = beneficiary.getDelegationValidUntil();
            documentValidUntil = beneficiary.getDocumentValidUntil();
        }
        practice.attachment(AttachmentPurpose.DELEGATION).ifPresent(a -> delegationFile = a.getFileName());
        practice.attachment(AttachmentPurpose.IDENTITY_DOCUMENT).ifPresent(a -> documentFile = a.getFileName());
    }

    /**
     * The role is saved as it is, so that nothing typed or attached is lost; the step is passed
     * only when the delegation is complete and valid today, by the rule the sending applies, each
     * problem said next to its part.
     *
     * @return whether the wizard may go on from this step
     */
    boolean save(String reference) throws IOException {
        if (role != ApplicantRole.DELEGATE) {
            workflow.actForSelf(reference);
            delegationFile = null;
            documentFile = null;
            return true;
        }
        workflow.actFor(
                reference,
                new Beneficiary(
                        beneficiaryCode,
                        beneficiaryGivenName,
                        beneficiaryFamilyName,
                        delegationValidUntil,
                        documentValidUntil));
        delegationFile =
                upload(reference, AttachmentPurpose.DELEGATION, delegationPart, delegationFile, "fill:delegation-file");
        documentFile = upload(
                reference, AttachmentPurpose.IDENTITY_DOCUMENT, documentPart, documentFile, "fill:document-file");
        Map<DelegationPart, String> problems = workflow.delegationProblems(reference);
        problems.forEach((part, key) -> Messages.addError(DELEGATION_FIELDS.get(part), key));
        if (!problems.isEmpty() || Faces.isValidationFailed()) {
            Messages.addGlobalError("form.fix");
            return false;
        }
        return true;
    }

    /** A delegation's file kept, or refused next to its field (then the one kept before stays). */
    private String upload(String reference, AttachmentPurpose purpose, Part part, String current, String clientId)
            throws IOException {
        if (part == null || part.getSize() == 0) {
            return current;
        }
        Optional<Upload> chosen = Uploads.of(part);
        if (chosen.isEmpty()) {
            return current;
        }
        try {
            return workflow.attach(reference, purpose, null, chosen.get()).getFileName();
        } catch (BusinessException e) {
            Messages.addError(clientId, e.messageKey(), e.parameters());
            Faces.validationFailed();
            return current;
        }
    }

    public ApplicantRole[] getRoles() {
        return ApplicantRole.values();
    }

    public boolean isDelegate() {
        return role == ApplicantRole.DELEGATE;
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

    /** The name of the delegation kept with the draft; null while there is none. */
    public String getDelegationFile() {
        return delegationFile;
    }

    /** The name of the identity document kept with the draft; null while there is none. */
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
