package it.sportello.identity.boundary;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.identity.control.LoginThrottle;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.platform.BusinessException;

/**
 * What managers do with the operators' accounts: find, create (the new operator chooses a
 * password through the e-mailed link), make or unmake manager, send a password link, delete;
 * administrators also lift the suspension of an operator's logins.
 */
@Stateless
public class Operators {

    @PersistenceContext
    EntityManager em;

    @EJB
    StaffDirectory directory;

    @EJB
    PasswordResets passwords;

    @EJB
    Catalog catalog;

    @Inject
    LoginThrottle throttle;

    public List<StaffAccount> search(String text) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createNamedQuery(StaffAccount.SEARCH, StaffAccount.class).setParameter("text", pattern).getResultList();
    }

    public StaffAccount create(String username, String displayName, String email, boolean manager, Locale locale) {
        if (directory.find(username).isPresent()) {
            throw new BusinessException("operators.username.taken", username);
        }
        if (directory.findByUsernameOrEmail(email).isPresent()) {
            throw new BusinessException("operators.email.taken", email);
        }
        StaffAccount account = directory.create(new StaffAccount(username, displayName, email,
                manager ? EnumSet.of(StaffRole.OPERATOR, StaffRole.MANAGER) : EnumSet.of(StaffRole.OPERATOR)));
        passwords.invite(account, locale);
        return account;
    }

    /**
     * Changes name and e-mail (another account may not already use that e-mail), the offices the
     * operator works in and the services the operator is enabled for, by code.
     */
    public void update(String username, String displayName, String email, Collection<String> officeCodes,
            Collection<String> serviceCodes) {
        StaffAccount account = existing(username);
        directory.findByUsernameOrEmail(email)
                .filter(other -> !other.getUsername().equals(account.getUsername()))
                .ifPresent(other -> {
                    throw new BusinessException("operators.email.taken", email);
                });
        account.rename(displayName, email);
        assign(account, officeCodes, serviceCodes);
        em.flush();
    }

    private void assign(StaffAccount account, Collection<String> officeCodes, Collection<String> serviceCodes) {
        List<Office> offices = officeCodes.stream().map(code -> catalog.office(code)
                .orElseThrow(() -> new BusinessException("catalog.code.unknown", code))).toList();
        List<Service> services = serviceCodes.stream().map(code -> catalog.service(code)
                .orElseThrow(() -> new BusinessException("catalog.code.unknown", code))).toList();
        account.assign(offices, services);
    }

    public void setManager(String username, boolean manager, String byWhom) {
        StaffAccount account = changeable(username, byWhom);
        if (!manager && account.getUsername().equals(byWhom)) {
            throw new BusinessException("operators.self.unmanage");
        }
        if (manager) {
            account.makeManager();
        } else {
            account.unmakeManager();
        }
    }

    public StaffAccount account(String username) {
        return existing(username);
    }

    public void sendPasswordLink(String username, Locale locale) {
        passwords.invite(existing(username), locale);
    }

    /**
     * Lifts every suspension of the username's logins ({@link LoginThrottle}), from whatever
     * address, for the member of staff who cannot wait for it to expire. Only an administrator may.
     */
    public void unlock(String username, String byWhom) {
        boolean byAdministrator = directory.find(byWhom).map(StaffAccount::isAdministrator).orElse(false);
        if (!byAdministrator) {
            throw new BusinessException("operators.unlock.admins_only");
        }
        throttle.release(existing(username).getUsername());
    }

    public void delete(String username, String byWhom) {
        StaffAccount account = changeable(username, byWhom);
        if (account.getUsername().equals(byWhom)) {
            throw new BusinessException("operators.self.delete");
        }
        // Practices keep the operator who worked them; such an account is kept too (named by its
        // entity, so that identity needs no compile-time knowledge of the practice component).
        long held = em.createQuery("SELECT COUNT(p) FROM Practice p WHERE p.operator = :account", Long.class)
                .setParameter("account", account).getSingleResult();
        if (held > 0) {
            throw new BusinessException("operators.delete.holds_practices", account.getDisplayName(), held);
        }
        em.remove(account);
    }

    /** The account, if the member of staff may change its roles or delete it ({@link StaffAccount#isChangeableBy}). */
    private StaffAccount changeable(String username, String byWhom) {
        StaffAccount account = existing(username);
        if (!account.isChangeableBy(existing(byWhom))) {
            throw new BusinessException("operators.admin.protected", account.getDisplayName());
        }
        return account;
    }

    private StaffAccount existing(String username) {
        return directory.find(username).orElseThrow(() -> new BusinessException("operators.unknown", username));
    }
}
