package it.sportello.identity.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.identity.control.PasswordPolicy;
import it.sportello.identity.control.StaffAccounts;
import it.sportello.identity.entity.PasswordReset;
import it.sportello.identity.entity.Roles;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.mail.boundary.Mailer;
import it.sportello.municipality.Municipality;
import it.sportello.platform.BusinessException;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.platform.text.Digests;

/**
 * Staff choose their own passwords through a single-use link sent by e-mail, valid for an hour:
 * when their account is created and when they have forgotten it. Asking for a link and using one
 * is for people not logged in, on the login pages: the link itself is the proof.
 */
@Stateless
@PermitAll
public class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts accounts;

    @EJB
    Mailer mailer;

    @Inject
    Municipality municipality;

    @Inject
    Clock clock;

    @Inject
    PublicLinks links;

    /**
     * "Hai dimenticato la password?": sends a link to the account with this username or e-mail.
     * Says nothing about whether such an account exists.
     */
    public void forgotten(String usernameOrEmail, Locale locale) {
        accounts.findByUsernameOrEmail(usernameOrEmail).ifPresent(account -> send(account, "reset", locale));
    }

    /** A new account, or one a manager sends a link for: its owner gets a link to choose the password. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public void invite(StaffAccount account, Locale locale) {
        send(em.merge(account), "invite", locale);
    }

    public boolean isUsable(String token) {
        return find(token).filter(reset -> reset.isUsableAt(clock.instant())).isPresent();
    }

    /** Sets the password chosen through a link, which is then spent. */
    public void choosePassword(String token, String password, String repeated) {
        Instant now = clock.instant();
        PasswordReset reset = find(token)
                .filter(candidate -> candidate.isUsableAt(now))
                .orElseThrow(() -> new BusinessException("password.link.invalid"));
        if (password == null || !password.equals(repeated)) {
            throw new BusinessException("password.mismatch");
        }
        StaffAccount account = reset.getAccount();
        PasswordPolicy.violation(account.getUsername(), password).ifPresent(key -> {
            throw new BusinessException(key, PasswordPolicy.MIN_LENGTH);
        });
        reset.use(now);
        accounts.setPassword(account, password.toCharArray());
    }

    private void send(StaffAccount account, String kind, Locale locale) {
        Instant now = clock.instant();
        em.createNamedQuery(PasswordReset.OPEN_FOR_ACCOUNT, PasswordReset.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(older -> older.revoke(now));
        String token = newToken();
        em.persist(new PasswordReset(account, hash(token), now));

        Texts texts = Texts.of("it.sportello.identity.boundary.mails", locale);
        String link = links.link(PublicPage.PASSWORD_RESET, token);
        String subject = texts.get(kind + ".subject", municipality.getName());
        String body = texts.get(
                kind + ".body",
                account.getDisplayName(),
                municipality.getName(),
                account.getUsername(),
                link,
                PasswordReset.VALIDITY.toMinutes());
        mailer.send(account.getEmail(), subject, body);
    }

    private Optional<PasswordReset> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordReset.BY_TOKEN_HASH, PasswordReset.class)
                .setParameter("tokenHash", hash(token))
                .getResultStream()
                .findFirst();
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        return Digests.sha256(token);
    }
}
