package it.sportello.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.junit.jupiter.api.Test;

import it.sportello.identity.boundary.StaffDirectory.LoginResult;
import it.sportello.identity.boundary.StaffDirectory.LoginResult.Outcome;
import it.sportello.identity.control.LoginFailures;
import it.sportello.identity.control.LoginThrottle;
import it.sportello.identity.control.StaffAccounts;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;

/**
 * The login check treats every refusal alike: the same answer and exactly one hash verification,
 * whether the username is unknown, has no password yet, is suspended from this address or was
 * given a wrong password.
 */
class StaffDirectoryTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OFFICE = "198.51.100.20";

    /** Counts the verifications; a "hash" is the password with a prefix. */
    static final class CountingHash implements Pbkdf2PasswordHash {
        int verifications;

        @Override
        public void initialize(Map<String, String> parameters) {
            // nothing to configure
        }

        @Override
        public String generate(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verifications++;
            return generate(password).equals(hashedPassword);
        }
    }

    private final CountingHash hash = new CountingHash();
    private final StaffAccount olga =
            new StaffAccount("olga.op", "Olga Operatrice", "olga@example.org", Set.of(StaffRole.OPERATOR));
    private final StaffAccount newcomer =
            new StaffAccount("nuovo.op", "Nuovo Operatore", "nuovo@example.org", Set.of(StaffRole.OPERATOR));
    private final StaffAccounts accounts = new StaffAccounts(hash) {
        @Override
        public Optional<StaffAccount> find(String username) {
            return java.util.stream.Stream.of(olga, newcomer)
                    .filter(account -> account.getUsername().equals(username))
                    .findFirst();
        }
    };
    private final StaffDirectory directory = new StaffDirectory();

    StaffDirectoryTest() {
        olga.changePasswordHash(hash.generate("Giusta.Password.1".toCharArray()));
        directory.accounts = accounts;
        directory.clock = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
        directory.throttle = new LoginThrottle();
        directory.failures = new LoginFailures();
        directory.em = (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> olga);
    }

    private LoginResult login(String username, String password, String address) {
        hash.verifications = 0;
        return directory.verifyPassword(username, password.toCharArray(), address);
    }

    private void suspend(String username, String address) {
        for (int attempt = 0; attempt < LoginThrottle.MAX_FAILED_LOGINS; attempt++) {
            login(username, "sbagliata", address);
        }
    }

    @Test
    void theRightPasswordIsAcceptedWithTheAccountsRoles() {
        LoginResult result = login("olga.op", "Giusta.Password.1", OFFICE);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.roles()).containsExactly(StaffRole.OPERATOR);
        assertThat(hash.verifications).isEqualTo(1);
    }

    @Test
    void anUnknownUsernameIsRefusedLikeAWrongPasswordAfterTheSameWork() {
        LoginResult unknown = login("nessuno", "Giusta.Password.1", OFFICE);
        int unknownWork = hash.verifications;
        LoginResult wrong = login("olga.op", "sbagliata", OFFICE);

        assertThat(unknown).isEqualTo(wrong).isEqualTo(new LoginResult(Outcome.REJECTED, Set.of()));
        assertThat(unknownWork).isEqualTo(1);
        assertThat(hash.verifications).isEqualTo(1);
    }

    @Test
    void anAccountWithoutPasswordIsRefusedAfterTheSameWork() {
        LoginResult result = login("nuovo.op", "", OFFICE);

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(hash.verifications).isEqualTo(1);
    }

    @Test
    void aSuspendedAddressIsRefusedEvenTheRightPasswordAfterTheSameWork() {
        suspend("olga.op", ATTACKER);

        LoginResult result = login("olga.op", "Giusta.Password.1", ATTACKER);

        assertThat(result).isEqualTo(new LoginResult(Outcome.REJECTED, Set.of()));
        assertThat(hash.verifications).isEqualTo(1);
    }

    @Test
    void wrongPasswordsFromAnAttackerDoNotKeepTheOwnerOut() {
        suspend("olga.op", ATTACKER);

        assertThat(login("olga.op", "Giusta.Password.1", OFFICE).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void anUnknownUsernameIsSuspendedLikeAKnownOne() {
        suspend("nessuno", ATTACKER);

        assertThat(directory.throttle.isSuspended("nessuno", ATTACKER, directory.clock.instant()))
                .isTrue();
    }
}
