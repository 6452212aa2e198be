package it.sportello.protocol.entity;

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

import it.sportello.catalog.entity.Service;

/** A dossier (fascicolo): the registered documents of one service in one year. */
@Entity
@Table(name = "dossier")
@NamedQuery(
        name = Dossier.OF_SERVICE_YEAR,
        query = "SELECT d FROM Dossier d WHERE d.service = :service AND d.year = :year")
public class Dossier {

    public static final String OF_SERVICE_YEAR = "Dossier.ofServiceYear";

    @Id
    @SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false, updatable = false)
    private Service service;

    @Column(name = "dossier_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "code", nullable = false, updatable = false, length = 120)
    private String code;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    protected Dossier() {
        // for JPA
    }

    public Dossier(Service service, int year, Instant now) {
        this.service = service;
        this.year = year;
        this.code = year + "/" + service.getCode();
        this.openedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Service getService() {
        return service;
    }

    public int getYear() {
        return year;
    }

    /** e.g. {@code 2026/segnalazione-disservizio}. */
    public String getCode() {
        return code;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
