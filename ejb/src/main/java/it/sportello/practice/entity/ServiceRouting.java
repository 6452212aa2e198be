package it.sportello.practice.entity;

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

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;

/**
 * Automatic assignment: a practice of the service whose select or radio field has this value goes
 * to this office when it arrives (e.g. "quartiere = nord" to the northern district's office).
 */
@Entity
@Table(name = "service_routing")
@NamedQuery(
        name = ServiceRouting.OF_SERVICE,
        query = "SELECT r FROM ServiceRouting r WHERE r.service = :service ORDER BY r.id")
public class ServiceRouting {

    public static final String OF_SERVICE = "ServiceRouting.ofService";

    @Id
    @SequenceGenerator(name = "service_routing_seq", sequenceName = "service_routing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_routing_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false, updatable = false)
    private Service service;

    @Column(name = "field_id", nullable = false, updatable = false, length = 80)
    private String fieldId;

    @Column(name = "field_value", nullable = false, updatable = false, length = 200)
    private String fieldValue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id", nullable = false)
    private Office office;

    protected ServiceRouting() {
        // for JPA
    }

    public ServiceRouting(Service service, String fieldId, String fieldValue, Office office) {
        this.service = service;
        this.fieldId = fieldId;
        this.fieldValue = fieldValue;
        this.office = office;
    }

    /** Whether a practice with this value in the field goes to the office. */
    public boolean matches(String fieldId, Object value) {
        return this.fieldId.equals(fieldId) && value != null && fieldValue.equals(String.valueOf(value));
    }

    public Long getId() {
        return id;
    }

    public Service getService() {
        return service;
    }

    public String getFieldId() {
        return fieldId;
    }

    public String getFieldValue() {
        return fieldValue;
    }

    public Office getOffice() {
        return office;
    }
}
