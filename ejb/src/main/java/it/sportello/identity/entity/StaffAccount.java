package it.sportello.identity.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;

/**
 * The backoffice account of a member of staff: username and a PBKDF2 password hash. Wrong
 * passwords never lock the account itself (anyone could then keep a colleague out): they suspend
 * the address they come from, see {@code LoginThrottle}.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "SELECT a FROM StaffAccount a WHERE a.username = :username")
@NamedQuery(name = StaffAccount.BY_USERNAMES, query = "SELECT a FROM StaffAccount a WHERE a.username IN :usernames")
@NamedQuery(
        name = StaffAccount.SEARCH,
        query =
                "SELECT a FROM StaffAccount a WHERE LOWER(a.username) LIKE :text OR LOWER(a.displayName) LIKE :text OR LOWER(a.email) LIKE :text ORDER BY a.displayName")
@NamedQuery(name = StaffAccount.BY_EMAIL, query = "SELECT a FROM StaffAccount a WHERE LOWER(a.email) = :email")
public class StaffAccount {

    public static final String BY_USERNAME = "StaffAccount.byUsername";
    public static final String BY_USERNAMES = "StaffAccount.byUsernames";
    public static final String BY_EMAIL = "StaffAccount.byEmail";
    public static final String SEARCH = "StaffAccount.search";

    public static final int USERNAME_LENGTH = 60;

    @Id
    @SequenceGenerator(name = "staff_account_seq", sequenceName = "staff_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
    private Long id;

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{staff_account.username.invalid}")
    @Column(nullable = false, unique = true, length = USERNAME_LENGTH, updatable = false)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = Contacts.EMAIL_LENGTH)
    @Column(nullable = false, length = Contacts.EMAIL_LENGTH)
    private String email;

    /** Null until the person sets a password through the link sent by e-mail. */
    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "staff_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @ManyToMany
    @JoinTable(
            name = "staff_account_office",
            joinColumns = @JoinColumn(name = "staff_account_id"),
            inverseJoinColumns = @JoinColumn(name = "office_id"))
    private Set<Office> offices = new HashSet<>();

    /** The services whose practices this operator may see and work; administrators see them all. */
    @ManyToMany
    @JoinTable(
            name = "staff_account_service",
            joinColumns = @JoinColumn(name = "staff_account_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<Service> services = new HashSet<>();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected StaffAccount() {
        // for JPA
    }

    public StaffAccount(String username, String displayName, String email, Set<StaffRole> roles) {
        this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** The right password was given. */
    public void loginSucceeded(Instant now) {
        lastLoginAt = now;
    }

    /** The general data a manager may change; the username never changes. */
    public void rename(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    /** Sets the offices the operator works in and the services the operator is enabled for. */
    public void assign(Collection<Office> offices, Collection<Service> services) {
        this.offices = new HashSet<>(offices);
        this.services = new HashSet<>(services);
    }

    public boolean worksIn(Office office) {
        return offices.contains(office);
    }

    /** Whether this account works in the office of that code: what an assignment to both asks. */
    public boolean worksIn(String officeCode) {
        return offices.stream().anyMatch(office -> office.getCode().equals(officeCode));
    }

    /** Administrators configure every service, so they are enabled for all of them. */
    public boolean isEnabledFor(Service service) {
        return roles.contains(StaffRole.ADMIN) || services.contains(service);
    }

    public Set<Office> getOffices() {
        return Set.copyOf(offices);
    }

    public Set<Service> getServices() {
        return Set.copyOf(services);
    }

    public boolean isManager() {
        return roles.contains(StaffRole.MANAGER);
    }

    public boolean isAdministrator() {
        return roles.contains(StaffRole.ADMIN);
    }

    /**
     * Whether that member of staff may change this account's roles or delete it: an
     * administrator's account only another administrator may.
     */
    public boolean isChangeableBy(StaffAccount by) {
        return !isAdministrator() || by.isAdministrator();
    }

    /** A manager is an operator who also manages operators. */
    public void makeManager() {
        roles.add(StaffRole.OPERATOR);
        roles.add(StaffRole.MANAGER);
    }

    public void unmakeManager() {
        roles.remove(StaffRole.MANAGER);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<StaffRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
