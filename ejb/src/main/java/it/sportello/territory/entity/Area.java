package it.sportello.territory.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import it.sportello.platform.BusinessException;

/**
 * A geographic area of the municipality ("area geografica": the historic centre, a district, a
 * hamlet) and what places an address in it: the names of its streets and its postcodes (CAP).
 * The comune, when given, is the one the address must be in (its cadastral code); without it any
 * comune matches, as for a municipality missing from the national register.
 */
@Entity
@Table(name = "area")
// Every practice sent is placed in an area by reading them all: their streets and postcodes in one
// query each (EclipseLink's batch reading; other providers ignore the hints), not two per area.
@NamedQuery(
        name = Area.ALL,
        query = "SELECT a FROM Area a ORDER BY a.position, a.id",
        hints = {
            @QueryHint(name = "eclipselink.batch.type", value = "IN"),
            @QueryHint(name = "eclipselink.batch", value = "a.streets"),
            @QueryHint(name = "eclipselink.batch", value = "a.postcodes")
        })
@NamedQuery(name = Area.BY_CODE, query = "SELECT a FROM Area a WHERE a.code = :code")
public class Area {

    public static final String ALL = "Area.all";
    public static final String BY_CODE = "Area.byCode";

    public static final int CODE_LENGTH = 60;
    public static final int NAME_LENGTH = 120;

    /** Lower-case letters and digits in words joined by hyphens, e.g. {@code frazione-san-pietro}. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A cadastral (Belfiore) code: a letter and three digits, e.g. {@code G702}. */
    private static final Pattern COMUNE_CODE = Pattern.compile("[A-Z]\\d{3}");

    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

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

    /** Street names as {@link StreetKey keys}, the way addresses are compared with them. */
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
        recode(code);
        rename(name);
        moveTo(position);
        locateIn(comuneCode);
    }

    /** Changes the code: required, lower-case letters and digits in words joined by hyphens. */
    public Area recode(String newCode) {
        String candidate = newCode == null ? "" : newCode.strip();
        if (candidate.isEmpty()) {
            throw new BusinessException("areas.code.required");
        }
        if (candidate.length() > CODE_LENGTH || !CODE.matcher(candidate).matches()) {
            throw new BusinessException("areas.code.invalid", candidate);
        }
        this.code = candidate;
        return this;
    }

    /** Changes the name the municipality calls it by: required. */
    public Area rename(String newName) {
        String candidate = newName == null ? "" : newName.strip();
        if (candidate.isEmpty()) {
            throw new BusinessException("areas.name.required");
        }
        if (candidate.length() > NAME_LENGTH) {
            throw new BusinessException("areas.name.too_long", NAME_LENGTH);
        }
        this.name = candidate;
        return this;
    }

    public Area moveTo(int newPosition) {
        this.position = newPosition;
        return this;
    }

    /** The comune the area is in, by its cadastral code (a letter and three digits); blank for any comune. */
    public Area locateIn(String newComuneCode) {
        if (newComuneCode == null || newComuneCode.isBlank()) {
            this.comuneCode = null;
            return this;
        }
        String candidate = newComuneCode.strip().toUpperCase(Locale.ROOT);
        if (!COMUNE_CODE.matcher(candidate).matches()) {
            throw new BusinessException("areas.comune.invalid", newComuneCode.strip());
        }
        this.comuneCode = candidate;
        return this;
    }

    /** The streets become these, each as {@link #street} stores it; blank ones are left out. */
    public Area replaceStreets(Collection<String> newStreets) {
        streets.clear();
        newStreets.forEach(this::street);
        return this;
    }

    /** The postcodes become these; all are checked before any is changed. */
    public Area replacePostcodes(Collection<String> newPostcodes) {
        List<String> checked = newPostcodes.stream()
                .filter(cap -> cap != null && !cap.isBlank())
                .map(Area::checkedPostcode)
                .toList();
        postcodes.clear();
        postcodes.addAll(checked);
        return this;
    }

    /**
     * The postcodes written in a text, separated by commas, spaces or new lines, in their order
     * and once each; the first that is not five digits is refused by name.
     */
    public static List<String> postcodesIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[,;\\s]+"))
                .filter(cap -> !cap.isEmpty())
                .map(Area::checkedPostcode)
                .distinct()
                .toList();
    }

    /** The street names written in a text, one a line; blank lines are left out. */
    public static List<String> streetsIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String checkedPostcode(String cap) {
        String candidate = cap.strip();
        if (!POSTCODE.matcher(candidate).matches()) {
            throw new BusinessException("areas.postcode.invalid", candidate);
        }
        return candidate;
    }

    /** Adds a street, however it is written ("P.zza del Municipio" is "piazza del municipio"). */
    public Area street(String street) {
        String key = StreetKey.of(street);
        if (!key.isEmpty()) {
            streets.add(key);
        }
        return this;
    }

    /** Adds a postcode (CAP): five digits. */
    public Area postcode(String cap) {
        if (cap != null && !cap.isBlank()) {
            postcodes.add(checkedPostcode(cap));
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
