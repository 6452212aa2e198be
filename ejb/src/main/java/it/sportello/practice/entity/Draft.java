package it.sportello.practice.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import it.sportello.identity.entity.Contacts;
import it.sportello.identity.entity.FiscalCode;

/**
 * What the citizen fills in before sending besides the form's data: the contacts the office
 * answers to, whether they act for themselves or as a delegate, the privacy notice, and the form
 * as typed with the wizard step to resume it at. The practice says when the draft may change (only
 * while it is a draft) and records when it did; this part keeps its contents consistent and says
 * what still keeps it from being sent. Once sent, the typed input goes (the checked data is the
 * practice's) while contacts, role and beneficiary stay as they were sent.
 */
@Embeddable
public class Draft {

    @Column(name = "applicant_email", length = 254)
    private String applicantEmail;

    @Column(name = "applicant_phone", length = 20)
    private String applicantPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 10)
    private ApplicantRole role;

    @Embedded
    private Beneficiary beneficiary;

    @Column(name = "privacy_accepted_at")
    private Instant privacyAcceptedAt;

    /** What the citizen typed in the service's form, as typed, while it is a draft. */
    @Column(name = "draft_input", length = Practice.DATA_LENGTH)
    private String input;

    /** The wizard step the citizen was at, to resume a draft there. */
    @Column(name = "step", nullable = false)
    private int step;

    protected Draft() {
        // for JPA
    }

    /** A new draft, answered at the contacts of the citizen's profile (if any) until they give others. */
    Draft(Contacts profile) {
        this.applicantEmail = profile == null ? null : profile.getEmail();
        this.applicantPhone = profile == null ? null : profile.getMobile();
    }

    void acceptPrivacy(Instant now) {
        privacyAcceptedAt = now;
    }

    /** The e-mail and phone the office answers to; they may differ from the profile's. */
    void contacts(String email, String phone) {
        applicantEmail = blankToNull(email);
        applicantPhone = blankToNull(phone);
    }

    /** The applicant acts for themselves: no beneficiary (the practice drops the delegation's files). */
    void actForSelf() {
        role = ApplicantRole.SELF;
        beneficiary = null;
    }

    /** The applicant acts as the delegate of somebody else, never of themselves. */
    void actFor(Beneficiary someone, FiscalCode applicant) {
        if (someone.getFiscalCode() != null && someone.getFiscalCode().equals(applicant)) {
            throw new PracticeRefusedException("practice.beneficiary.self");
        }
        role = ApplicantRole.DELEGATE;
        beneficiary = someone;
    }

    /**
     * What keeps the delegation from being sent on that day, by the part to fix, each as a refusal
     * key; {@code attached} says which of the delegate's files the practice holds. Empty when the
     * applicant acts for themselves or the delegation is in order.
     */
    Map<DelegationPart, String> delegationProblems(LocalDate day, Predicate<AttachmentPurpose> attached) {
        if (role != ApplicantRole.DELEGATE) {
            return Map.of();
        }
        Map<DelegationPart, String> problems = new EnumMap<>(beneficiary.problemsOn(day));
        if (!attached.test(AttachmentPurpose.DELEGATION)) {
            problems.put(DelegationPart.DELEGATION_FILE, "practice.delegation.file.missing");
        }
        if (!attached.test(AttachmentPurpose.IDENTITY_DOCUMENT)) {
            problems.put(DelegationPart.DOCUMENT_FILE, "practice.document.file.missing");
        }
        return problems;
    }

    /** Saves what was typed in the form, unchecked, and where the citizen was. */
    void fill(String typedInput, int wizardStep) {
        input = typedInput;
        step = Math.max(0, wizardStep);
    }

    /**
     * Refuses to send what a page may have let through: the privacy notice not accepted, no e-mail
     * to answer to, no role, or the first problem of the delegation on the day of sending.
     */
    void requireSendable(LocalDate day, Predicate<AttachmentPurpose> attached) {
        if (privacyAcceptedAt == null) {
            throw new PracticeRefusedException("practice.privacy.required");
        }
        if (applicantEmail == null) {
            throw new PracticeRefusedException("practice.email.required");
        }
        if (role == null) {
            throw new PracticeRefusedException("practice.role.required");
        }
        delegationProblems(day, attached).values().stream().findFirst().ifPresent(problem -> {
            throw new PracticeRefusedException(problem);
        });
    }

    /** Sent: the typed input is no longer needed, the practice keeps the data checked from it. */
    void sent() {
        input = null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public ApplicantRole getRole() {
        return role;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public boolean isPrivacyAccepted() {
        return privacyAcceptedAt != null;
    }

    public String getInput() {
        return input;
    }

    public int getStep() {
        return step;
    }
}
