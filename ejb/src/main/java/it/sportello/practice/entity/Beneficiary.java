package it.sportello.practice.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import it.sportello.identity.entity.FiscalCode;

/**
 * The person a delegate acts for, with the validity of the delegation and of the identity
 * document the delegate attaches. Both must still be valid when the practice is sent.
 */
@Embeddable
public class Beneficiary implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 100;

    @Column(name = "beneficiary_fiscal_code", length = 16)
    private FiscalCode fiscalCode;

    @Column(name = "beneficiary_given_name", length = NAME_LENGTH)
    private String givenName;

    @Column(name = "beneficiary_family_name", length = NAME_LENGTH)
    private String familyName;

    @Column(name = "delegation_valid_until")
    private LocalDate delegationValidUntil;

    @Column(name = "document_valid_until")
    private LocalDate documentValidUntil;

    protected Beneficiary() {
        // for JPA
    }

    public Beneficiary(
            FiscalCode fiscalCode,
            String givenName,
            String familyName,
            LocalDate delegationValidUntil,
            LocalDate documentValidUntil) {
        this.fiscalCode = fiscalCode;
        this.givenName = strip(givenName);
        this.familyName = strip(familyName);
        this.delegationValidUntil = delegationValidUntil;
        this.documentValidUntil = documentValidUntil;
    }

    /**
     * What keeps this delegation from being valid on that day, by part, each as a refusal key: the
     * person's data incomplete, the delegation or the identity document expired. Empty when valid.
     */
    Map<DelegationPart, String> problemsOn(LocalDate day) {
        Map<DelegationPart, String> problems = new EnumMap<>(DelegationPart.class);
        if (fiscalCode == null
                || givenName == null
                || givenName.isBlank()
                || familyName == null
                || familyName.isBlank()) {
            problems.put(DelegationPart.BENEFICIARY, "practice.beneficiary.incomplete");
        }
        if (delegationValidUntil == null || delegationValidUntil.isBefore(day)) {
            problems.put(DelegationPart.DELEGATION_VALIDITY, "practice.delegation.expired");
        }
        if (documentValidUntil == null || documentValidUntil.isBefore(day)) {
            problems.put(DelegationPart.DOCUMENT_VALIDITY, "practice.document.expired");
        }
        return problems;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public FiscalCode getFiscalCode() {
        return fiscalCode;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public LocalDate getDelegationValidUntil() {
        return delegationValidUntil;
    }

    public LocalDate getDocumentValidUntil() {
        return documentValidUntil;
    }
}
