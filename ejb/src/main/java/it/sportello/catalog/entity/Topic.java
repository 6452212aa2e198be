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
import jakarta.validation.constraints.Size;

import it.sportello.platform.i18n.LocalizedText;

/** A topic ("argomento") of the national controlled vocabulary that services are tagged with. */
@Entity
@Table(name = "topic")
@NamedQuery(name = Topic.ALL, query = "SELECT t FROM Topic t ORDER BY t.name.it")
@NamedQuery(name = Topic.BY_CODE, query = "SELECT t FROM Topic t WHERE t.code = :code")
public class Topic {

    public static final String ALL = "Topic.all";
    public static final String BY_CODE = "Topic.byCode";

    @Id
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
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

    protected Topic() {
        // for JPA
    }

    public Topic(String code, LocalizedText name) {
        this.code = code;
        this.name = name;
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
}
