package it.sportello.identity.control;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.BusinessException;

/**
 * The accounts of municipal staff and their passwords, hashed with PBKDF2: what the identity
 * boundaries share, whoever calls them (a manager creating an account, somebody not logged in
 * choosing a password through an e-mailed link), and what the demo data writes at startup, when
 * nobody is logged in for the boundaries' roles to let through.
 */
@ApplicationScoped
public class StaffAccounts {

    /** OWASP's recommendation for PBKDF2 with HMAC-SHA512 (2023). */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @PersistenceContext
    EntityManager em;

    private Pbkdf2PasswordHash hash;

    /** A hash of a random password, checked when there is no account's to check. */
    private String dummyHash;

    /** For the container's proxy. */
    protected StaffAccounts() {}

    @Inject
    public StaffAccounts(Pbkdf2PasswordHash hash) {
        hash.initialize(HASH_PARAMETERS);
        this.hash = hash;
        this.dummyHash = hash.generate(UUID.randomUUID().toString().toCharArray());
    }

    public StaffAccount create(StaffAccount account) {
        em.persist(account);
        return account;
    }

    /** The account with this username, in any case and spacing. */
    public Optional<StaffAccount> find(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter(
                        "username", username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public Optional<StaffAccount> findByUsernameOrEmail(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            return Optional.empty();
        }
        String wanted = usernameOrEmail.strip();
        return find(wanted)
                .or(() -> em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                        .setParameter("email", wanted.toLowerCase(Locale.ROOT))
                        .getResultStream()
                        .findFirst());
    }

    public void setPassword(StaffAccount account, char[] password) {
        account.changePasswordHash(hash.generate(password));
    }

    /**
     * Whether the password is the account's. Exactly one hash of the same cost is verified
     * whatever is given (the account's, or a dummy one when there is no account or it has no
     * password yet), so that the work done tells nothing about which accounts exist.
     */
    public boolean matches(Optional<StaffAccount> account, char[] password) {
        return hash.verify(
                password,
                account.filter(StaffAccount::hasPassword)
                        .map(StaffAccount::getPasswordHash)
                        .orElse(dummyHash));
    }

    /**
     * The offices the member of staff works in and the services they are enabled for, by code;
     * an unknown code is refused.
     */
    public void assign(StaffAccount account, Collection<String> officeCodes, Collection<String> serviceCodes) {
        account.assign(
                byCode(Office.BY_CODE, Office.class, officeCodes),
                byCode(Service.BY_CODE, Service.class, serviceCodes));
    }

    private <T> List<T> byCode(String query, Class<T> type, Collection<String> codes) {
        return codes.stream()
                .map(code -> em.createNamedQuery(query, type)
                        .setParameter("code", code)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(() -> new BusinessException("catalog.code.unknown", code)))
                .toList();
    }
}
