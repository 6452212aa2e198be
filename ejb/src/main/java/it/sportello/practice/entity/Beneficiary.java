package it.sportello.practice.entity;

import java.io.Serializable;
import java.time.LocalDate;

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

    public Beneficiary(FiscalCode fiscalCode, String givenName, String familyName, LocalDate delegationValidUntil,
            LocalDate documentValidUntil) {
        this.fiscalCode = fiscalCode;
        this.givenName = strip(givenName);
        this.familyName = strip(familyName);
        this.delegationValidUntil = delegationValidUntil;
        this.documentValidUntil = documentValidUntil;
    }

    /** Everything a delegation needs is there, and both documents are valid on that day. */
    void checkValidOn(LocalDate day) {
        if (fiscalCode == null || givenName == null || givenName.isBlank() || familyName == null || familyName.isBlank()) {
            throw new PracticeRefusedException("practice.beneficiary.incomplete");
        }
        if (delegationValidUntil == null || delegationValidUntil.isBefore(day)) {
            throw new PracticeRefusedException("practice.delegation.expired");
        }
        if (documentValidUntil == null || documentValidUntil.isBefore(day)) {
            throw new PracticeRefusedException("practice.document.expired");
        }
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
