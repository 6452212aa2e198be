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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import it.sportello.platform.i18n.LocalizedText;

/**
 * A category of the service catalog (e.g. "Anagrafe e stato civile"), as in the national
 * model for municipal sites. The code is the stable, URL-friendly identifier.
 */
@Entity
@Table(name = "category")
@NamedQuery(name = Category.ALL, query = "SELECT c FROM Category c ORDER BY c.position, c.code")
@NamedQuery(name = Category.BY_CODE, query = "SELECT c FROM Category c WHERE c.code = :code")
@NamedQuery(name = Category.COUNT, query = "SELECT COUNT(c) FROM Category c")
public class Category {

    public static final String ALL = "Category.all";
    public static final String COUNT = "Category.count";
    public static final String BY_CODE = "Category.byCode";

    public static final int CODE_LENGTH = 80;
    public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @Id
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    private Long id;

    @NotNull
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @PositiveOrZero
    @Column(nullable = false)
    private int position;

    @NotNull
    @Embedded
    @AttributeOverride(name = "it", column = @Column(name = "name_it", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "de", column = @Column(name = "name_de"))
    private LocalizedText name;

    @NotNull
    @Embedded
    @AttributeOverride(name = "it", column = @Column(name = "description_it", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "de", column = @Column(name = "description_de"))
    private LocalizedText description;

    protected Category() {
        // for JPA
    }

    public Category(String code, int position, LocalizedText name, LocalizedText description) {
        this.code = code;
        this.position = position;
        this.name = name;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }
}
