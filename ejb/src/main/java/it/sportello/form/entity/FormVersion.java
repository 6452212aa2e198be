package it.sportello.form.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import it.sportello.catalog.entity.Service;

/**
 * One published version of a service's form, as the JSON definition the administrator wrote.
 * Immutable once published: a practice points at the version it was filled with, and a new
 * version is a new row.
 */
@Entity
@Table(name = "form_version")
@NamedQuery(
        name = FormVersion.OF_SERVICE,
        query = "SELECT v FROM FormVersion v WHERE v.service = :service ORDER BY v.number DESC")
@NamedQuery(
        name = FormVersion.LATEST_NUMBER,
        query = "SELECT COALESCE(MAX(v.number), 0) FROM FormVersion v WHERE v.service = :service")
@NamedQuery(name = FormVersion.SERVICES_WITH_FORM, query = "SELECT DISTINCT v.service.code FROM FormVersion v")
public class FormVersion {

    public static final String OF_SERVICE = "FormVersion.ofService";
    public static final String LATEST_NUMBER = "FormVersion.latestNumber";
    public static final String SERVICES_WITH_FORM = "FormVersion.servicesWithForm";

    public static final int DEFINITION_LENGTH = 200_000;

    @Id
    @SequenceGenerator(name = "form_version_seq", sequenceName = "form_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_version_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false, updatable = false)
    private Service service;

    @Positive
    @Column(nullable = false, updatable = false)
    private int number;

    @NotBlank
    @Size(max = DEFINITION_LENGTH)
    @Column(nullable = false, updatable = false, length = DEFINITION_LENGTH)
    private String definition;

    @NotNull
    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @NotBlank
    @Size(max = 60)
    @Column(name = "published_by", nullable = false, updatable = false, length = 60)
    private String publishedBy;

    protected FormVersion() {
        // for JPA
    }

    public FormVersion(Service service, int number, String definition, Instant publishedAt, String publishedBy) {
        this.service = service;
        this.number = number;
        this.definition = definition;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public Long getId() {
        return id;
    }

    public Service getService() {
        return service;
    }

    public int getNumber() {
        return number;
    }

    public String getDefinition() {
        return definition;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
