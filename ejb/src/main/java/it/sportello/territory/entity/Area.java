package it.sportello.territory.entity;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import it.sportello.territory.control.Zoning;

/**
 * A geographic area of the municipality ("area geografica": the historic centre, a district, a
 * hamlet) and what places an address in it: the names of its streets and its postcodes (CAP).
 * The comune, when given, is the one the address must be in (its cadastral code); without it any
 * comune matches, as for a municipality missing from the national register.
 */
@Entity
@Table(name = "area")
@NamedQuery(name = Area.ALL, query = "SELECT a FROM Area a ORDER BY a.position, a.id")
public class Area {

    public static final String ALL = "Area.all";

    @Id
    @SequenceGenerator(name = "area_seq", sequenceName = "area_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "area_seq")
    private Long id;

    /** What the desk's list and its address use, e.g. {@code centro-storico}. */
    @Column(nullable = false, unique = true, length = 60)
    private String code;

    /** As the municipality calls it, e.g. "Centro storico". */
    @Column(nullable = false, length = 120)
    private String name;

    /** Where it comes in the list and, when an address could be in two areas, which one wins. */
    @Column(nullable = false)
    private int position;

    @Column(name = "comune_code", length = 4)
    private String comuneCode;

    /** Street names as {@link Zoning#streetKey} compares them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "area_street", joinColumns = @JoinColumn(name = "area_id"))
    @Column(name = "street", length = 200)
    private Set<String> streets = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "area_postcode", joinColumns = @JoinColumn(name = "area_id"))
    @Column(name = "cap", length = 5)
    private Set<String> postcodes = new LinkedHashSet<>();

    protected Area() {
        // for JPA
    }

    public Area(String code, String name, int position, String comuneCode) {
        this.code = code;
        this.name = name;
        this.position = position;
        this.comuneCode = comuneCode == null || comuneCode.isBlank() ? null : comuneCode.strip();
    }

    /** Adds a street, however it is written ("P.zza del Municipio" is "piazza del municipio"). */
    public Area street(String street) {
        String key = Zoning.streetKey(street);
        if (!key.isEmpty()) {
            streets.add(key);
        }
        return this;
    }

    public Area postcode(String cap) {
        if (cap != null && !cap.isBlank()) {
            postcodes.add(cap.strip());
        }
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public String getComuneCode() {
        return comuneCode;
    }

    public Set<String> getStreets() {
        return Collections.unmodifiableSet(streets);
    }

    public Set<String> getPostcodes() {
        return Collections.unmodifiableSet(postcodes);
    }
}
