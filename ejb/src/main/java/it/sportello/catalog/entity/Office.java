package it.sportello.catalog.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import it.sportello.platform.i18n.LocalizedText;

/**
 * An office ("ufficio") of the municipality: it owns services and calendars, operators work in
 * it, and its contacts close every service card.
 */
@Entity
@Table(name = "office")
@NamedQuery(name = Office.ALL, query = "SELECT o FROM Office o ORDER BY o.name.it")
@NamedQuery(name = Office.BY_CODE, query = "SELECT o FROM Office o WHERE o.code = :code")
@NamedQuery(name = Office.BY_CODES, query = "SELECT o FROM Office o WHERE o.code IN :codes")
public class Office {

    public static final String ALL = "Office.all";
    public static final String BY_CODE = "Office.byCode";
    public static final String BY_CODES = "Office.byCodes";

    @Id
    @SequenceGenerator(name = "office_seq", sequenceName = "office_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "office_seq")
    private Long id;

    @NotNull
    @Size(max = Category.CODE_LENGTH)
    @Pattern(regexp = Category.CODE_PATTERN)
    @Column(nullable = false, unique = true, length = Category.CODE_LENGTH)
    private String code;

    @NotNull
    @Embedded
    @AttributeOverride(name = "it", column = @Column(name = "name_it", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "de", column = @Column(name = "name_de"))
    private LocalizedText name;

    @Size(max = 255)
    private String address;

    @Size(max = 30)
    private String phone;

    @Email
    @Size(max = 254)
    private String email;

    @Email
    @Size(max = 254)
    private String pec;

    @Embedded
    @AttributeOverride(name = "it", column = @Column(name = "opening_hours_it"))
    @AttributeOverride(name = "en", column = @Column(name = "opening_hours_en"))
    @AttributeOverride(name = "de", column = @Column(name = "opening_hours_de"))
    private LocalizedText openingHours;

    protected Office() {
        // for JPA
    }

    public Office(String code, LocalizedText name) {
        this.code = code;
        this.name = name;
    }

    /** Where and when citizens reach the office; every part is optional. */
    public void contacts(String address, String phone, String email, String pec, LocalizedText openingHours) {
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.pec = pec;
        this.openingHours = openingHours;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getPec() {
        return pec;
    }

    public LocalizedText getOpeningHours() {
        return openingHours;
    }
}
