package it.sportello.protocol.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One line of the municipality's own protocol register: a number of its year, given once, in
 * order and without gaps, with what was registered. Never changed nor deleted.
 */
@Entity
@Table(name = "protocol_entry")
@NamedQuery(
        name = ProtocolEntry.BY_REGISTRATION,
        query = "SELECT e FROM ProtocolEntry e WHERE e.registrationId = :registrationId")
@NamedQuery(
        name = ProtocolEntry.BETWEEN,
        query =
                "SELECT e FROM ProtocolEntry e WHERE e.registeredAt >= :from AND e.registeredAt < :to ORDER BY e.year, e.number")
@NamedQuery(
        name = ProtocolEntry.NUMBERS_OF_YEAR,
        query = "SELECT e.number FROM ProtocolEntry e WHERE e.year = :year ORDER BY e.number")
public class ProtocolEntry {

    public static final String BY_REGISTRATION = "ProtocolEntry.byRegistration";
    public static final String BETWEEN = "ProtocolEntry.between";
    public static final String NUMBERS_OF_YEAR = "ProtocolEntry.numbersOfYear";

    @Id
    @SequenceGenerator(name = "protocol_entry_seq", sequenceName = "protocol_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "protocol_entry_seq")
    private Long id;

    @Column(name = "entry_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "entry_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "registration_id", nullable = false, updatable = false, unique = true, length = 36)
    private String registrationId;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, updatable = false, length = 10)
    private Direction direction;

    @Column(name = "subject", nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(name = "correspondent", nullable = false, updatable = false, length = 200)
    private String correspondent;

    @Column(name = "dossier_code", nullable = false, updatable = false, length = 120)
    private String dossierCode;

    @Column(name = "documents", nullable = false, updatable = false, length = 20_000)
    private String documents;

    protected ProtocolEntry() {
        // for JPA
    }

    public ProtocolEntry(
            int year,
            int number,
            String registrationId,
            Instant registeredAt,
            Direction direction,
            String subject,
            String correspondent,
            String dossierCode,
            String documents) {
        this.year = year;
        this.number = number;
        this.registrationId = registrationId;
        this.registeredAt = registeredAt;
        this.direction = direction;
        this.subject = subject;
        this.correspondent = correspondent.length() > 200 ? correspondent.substring(0, 200) : correspondent;
        this.dossierCode = dossierCode;
        this.documents = documents;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getSubject() {
        return subject;
    }

    public String getCorrespondent() {
        return correspondent;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public String getDocuments() {
        return documents;
    }
}
