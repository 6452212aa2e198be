package it.sportello.identity.entity;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** The identity document a citizen declares in the profile, attached later to practices. */
@Embeddable
public class IdentityDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        IDENTITY_CARD,
        PASSPORT,
        DRIVING_LICENCE
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind")
    private Kind kind;

    @Size(max = 30)
    @Column(name = "document_number")
    private String number;

    @Size(max = 100)
    @Column(name = "document_issuer")
    private String issuer;

    @Column(name = "document_issued_on")
    private LocalDate issuedOn;

    @Column(name = "document_expires_on")
    private LocalDate expiresOn;

    public IdentityDocument() {}

    public IdentityDocument(IdentityDocument other) {
        if (other != null) {
            kind = other.kind;
            number = other.number;
            issuer = other.issuer;
            issuedOn = other.issuedOn;
            expiresOn = other.expiresOn;
        }
    }

    @AssertTrue(message = "{identity_document.expiry.before_issue}")
    public boolean isExpiryAfterIssue() {
        return issuedOn == null || expiresOn == null || expiresOn.isAfter(issuedOn);
    }

    public boolean isExpiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
