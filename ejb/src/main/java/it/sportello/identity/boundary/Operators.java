package it.sportello.identity.boundary;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.identity.control.LoginThrottle;
import it.sportello.identity.control.StaffAccounts;
import it.sportello.identity.entity.Roles;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.platform.BusinessException;

/**
 * What managers do with the operators' accounts: find, create (the new operator chooses a
 * password through the e-mailed link), make or unmake manager, send a password link, delete;
 * administrators also lift the suspension of an operator's logins. The member of staff acting is
 * the one calling.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class Operators {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts accounts;

    @EJB
    PasswordResets passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    Caller caller;

    /** Every member of staff whose username, name or e-mail contains the text; operators choose colleagues from them. */
    @RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public List<StaffAccount> search(String text) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createNamedQuery(StaffAccount.SEARCH, StaffAccount.class)
                .setParameter("text", pattern)
                .getResultList();
    }

    /** A new account with this username, an operator's or also a manager's. */
    public StaffAccount create(String account, String displayName, String email, boolean asManager, Locale locale) {
        if (accounts.find(account).isPresent()) {
            throw new BusinessException("operators.username.taken", account);
        }
        if (accounts.findByUsernameOrEmail(email).isPresent()) {
            throw new BusinessException("operators.email.taken", email);
        }
        StaffAccount created = accounts.create(new StaffAccount(
                account,
                displayName,
                email,
                asManager ? EnumSet.of(StaffRole.OPERATOR, StaffRole.MANAGER) : EnumSet.of(StaffRole.OPERATOR)));
        passwords.invite(created, locale);
        return created;
    }

    /**
     * Changes name and e-mail (another account may not already use that e-mail), the offices the
     * operator works in and the services the operator is enabled for, by code.
     */
    public void update(
            String account,
            String displayName,
            String email,
            Collection<String> officeCodes,
            Collection<String> serviceCodes) {
        StaffAccount changed = existing(account);
        accounts.findByUsernameOrEmail(email)
                .filter(other -> !other.getUsername().equals(changed.getUsername()))
                .ifPresent(other -> {
                    throw new BusinessException("operators.email.taken", email);
                });
        changed.rename(displayName, email);
        accounts.assign(changed, officeCodes, serviceCodes);
        em.flush();
    }

    /** Makes the account a manager's, or an operator's only; nobody unmakes themselves. */
    public void setManager(String account, boolean asManager) {
        StaffAccount changed = changeable(account);
        if (!asManager && changed.getUsername().equals(caller.staff())) {
            throw new BusinessException("operators.self.unmanage");
        }
        if (asManager) {
            changed.makeManager();
        } else {
            changed.unmakeManager();
        }
    }

    public StaffAccount account(String account) {
        return existing(account);
    }

    /** The account of the member of staff calling. */
    public StaffAccount self() {
        return existing(caller.staff());
    }

    public void sendPasswordLink(String account, Locale locale) {
        passwords.invite(existing(account), locale);
    }

    /**
     * Lifts every suspension of the username's logins ({@link LoginThrottle}), from whatever
     * address, for the member of staff who cannot wait for it to expire. Only an administrator may.
     */
    public void unlock(String account) {
        if (!self().isAdministrator()) {
            throw new BusinessException("operators.unlock.admins_only");
        }
        throttle.release(existing(account).getUsername());
    }

    public void delete(String account) {
        StaffAccount deleted = changeable(account);
        if (deleted.getUsername().equals(caller.staff())) {
            throw new BusinessException("operators.self.delete");
        }
        // Practices keep the operator who worked them; such an account is kept too (named by its
        // entity, so that identity needs no compile-time knowledge of the practice component).
        long held = em.createQuery("SELECT COUNT(p) FROM Practice p WHERE p.assignment.operator = :account", Long.class)
                .setParameter("account", deleted)
                .getSingleResult();
        if (held > 0) {
            throw new BusinessException("operators.delete.holds_practices", deleted.getDisplayName(), held);
        }
        em.remove(deleted);
    }

    /** The account, if the caller may change its roles or delete it ({@link StaffAccount#isChangeableBy}). */
    private StaffAccount changeable(String account) {
        StaffAccount changed = existing(account);
        if (!changed.isChangeableBy(self())) {
            throw new BusinessException("operators.admin.protected", changed.getDisplayName());
        }
        return changed;
    }

    private StaffAccount existing(String account) {
        return accounts.find(account).orElseThrow(() -> new BusinessException("operators.unknown", account));
    }
}
