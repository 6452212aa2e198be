package it.sportello.identity.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A person known to the municipality by codice fiscale, created at the first login. Names, birth
 * data and sex come from the digital identity (SPID, CIE, CNS): they cannot be edited here and are
 * refreshed at every login; so is the domicile while the identity asserts one. Contacts, addresses
 * and the identity document are the citizen's own profile, which pre-fills every form.
 */
@Entity
@Table(name = "citizen")
@NamedQuery(name = Citizen.BY_FISCAL_CODE, query = "SELECT c FROM Citizen c WHERE c.fiscalCode = :fiscalCode")
public class Citizen {

    public static final String BY_FISCAL_CODE = "Citizen.byFiscalCode";

    @Id
    @SequenceGenerator(name = "citizen_seq", sequenceName = "citizen_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citizen_seq")
    private Long id;

    @NotNull
    @Column(name = "fiscal_code", nullable = false, unique = true, length = FiscalCode.LENGTH, updatable = false)
    private FiscalCode fiscalCode;

    @NotNull
    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @NotNull
    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "birth_place", length = 100)
    private String birthPlace;

    @Enumerated(EnumType.STRING)
    @Column(length = 6)
    private Sex sex;

    @Valid
    @Embedded
    private Contacts contacts = new Contacts();

    @Valid
    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "residence_street"))
    @AttributeOverride(name = "number", column = @Column(name = "residence_number"))
    @AttributeOverride(name = "postcode", column = @Column(name = "residence_postcode"))
    @AttributeOverride(name = "city", column = @Column(name = "residence_city"))
    @AttributeOverride(name = "province", column = @Column(name = "residence_province"))
    @AttributeOverride(name = "country", column = @Column(name = "residence_country"))
    private Address residence = new Address();

    @Valid
    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "domicile_street"))
    @AttributeOverride(name = "number", column = @Column(name = "domicile_number"))
    @AttributeOverride(name = "postcode", column = @Column(name = "domicile_postcode"))
    @AttributeOverride(name = "city", column = @Column(name = "domicile_city"))
    @AttributeOverride(name = "province", column = @Column(name = "domicile_province"))
    @AttributeOverride(name = "country", column = @Column(name = "domicile_country"))
    private Address domicile = new Address();

    /** The domicile is the one the identity asserted at the last login, not the citizen's to edit. */
    @Column(name = "domicile_from_identity", nullable = false)
    private boolean domicileFromIdentity;

    @Valid
    @Embedded
    private IdentityDocument identityDocument = new IdentityDocument();

    @Enumerated(EnumType.STRING)
    @Column(name = "last_auth_method", length = 10)
    private AuthMethod lastAuthMethod;

    @Column(name = "last_auth_level", length = 100)
    private String lastAuthLevel;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected Citizen() {
        // for JPA
    }

    public Citizen(FiscalCode fiscalCode, PersonalData data) {
        this.fiscalCode = fiscalCode;
        apply(data);
    }

    /**
     * A login through a digital identity: what the identity asserts replaces the stored personal
     * data; contacts the citizen has not given yet are taken from it. A domicile asserted by the
     * identity replaces the stored one and locks it; a login without one unlocks it and keeps it.
     */
    public void signedIn(PersonalData data, AuthMethod method, String level, Instant at) {
        apply(data);
        Address asserted = data.domicile();
        domicileFromIdentity = asserted != null;
        if (asserted != null) {
            domicile = asserted;
        }
        contacts = new Contacts(contacts).completedWith(data.email(), data.mobile());
        lastAuthMethod = method;
        lastAuthLevel = level;
        lastLoginAt = at;
    }

    private void apply(PersonalData data) {
        givenName = data.givenName();
        familyName = data.familyName();
        birthDate = data.birthDate() != null ? data.birthDate() : birthDate;
        birthPlace = data.birthPlace() != null ? data.birthPlace() : birthPlace;
        sex = data.sex() != null ? data.sex() : sex;
    }

    /**
     * The citizen's own profile: contacts, residence, domicile and identity document. A domicile
     * that came from the identity stays as it is, whatever is passed.
     */
    public void updateProfile(Contacts contacts, Address residence, Address domicile, IdentityDocument document) {
        this.contacts = new Contacts(contacts);
        this.residence = new Address(residence);
        if (!domicileFromIdentity) {
            this.domicile = new Address(domicile);
        }
        this.identityDocument = new IdentityDocument(document);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** A copy: changes go through {@link #updateProfile}. */
    public Contacts getContacts() {
        return new Contacts(contacts);
    }

    public Long getId() {
        return id;
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public Sex getSex() {
        return sex;
    }

    /** A copy: changes go through {@link #updateProfile}. */
    public Address getResidence() {
        return new Address(residence);
    }

    /** A copy: changes go through {@link #updateProfile}. */
    public Address getDomicile() {
        return new Address(domicile);
    }

    /** Whether the domicile is the one the digital identity asserted at the last login, not editable. */
    public boolean isDomicileFromIdentity() {
        return domicileFromIdentity;
    }

    /** A copy: changes go through {@link #updateProfile}. */
    public IdentityDocument getIdentityDocument() {
        return new IdentityDocument(identityDocument);
    }

    /** The assurance the last login gave; anonymous for a citizen who never logged in. */
    public it.sportello.catalog.entity.AccessLevel provenLevel() {
        return lastAuthMethod == null
                ? it.sportello.catalog.entity.AccessLevel.ANONYMOUS
                : lastAuthMethod.level(lastAuthLevel);
    }

    public AuthMethod getLastAuthMethod() {
        return lastAuthMethod;
    }

    public String getLastAuthLevel() {
        return lastAuthLevel;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
