package it.sportello.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private final StaffAccount account = new StaffAccount(" Olga.Op ", "Olga Operatrice", "olga@example.org", Set.of(StaffRole.OPERATOR));

    @Test
    void usernamesAreCaseInsensitive() {
        assertThat(account.getUsername()).isEqualTo("olga.op");
    }

    @Test
    void theFifthWrongPasswordInARowLocksTheAccountForAWhile() {
        for (int attempt = 1; attempt < StaffAccount.MAX_FAILED_LOGINS; attempt++) {
            account.loginFailed(NOW);
            assertThat(account.isLockedAt(NOW)).as("after %d wrong passwords", attempt).isFalse();
        }
        account.loginFailed(NOW);

        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.isLockedAt(NOW.plus(StaffAccount.LOCK_DURATION).minusSeconds(1))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(StaffAccount.LOCK_DURATION))).isFalse();
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        for (int attempt = 1; attempt < StaffAccount.MAX_FAILED_LOGINS; attempt++) {
            account.loginFailed(NOW);
        }
        account.loginSucceeded(NOW);
        account.loginFailed(NOW);

        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.getFailedLogins()).isEqualTo(1);
        assertThat(account.getLastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void wrongPasswordsWhileLockedDoNotProlongTheLock() {
        for (int attempt = 0; attempt < StaffAccount.MAX_FAILED_LOGINS; attempt++) {
            account.loginFailed(NOW);
        }
        Instant until = account.getLockedUntil();

        account.loginFailed(NOW.plusSeconds(60));

        assertThat(account.getLockedUntil()).isEqualTo(until);
    }

    @Test
    void aNewPasswordUnlocks() {
        for (int attempt = 0; attempt < StaffAccount.MAX_FAILED_LOGINS; attempt++) {
            account.loginFailed(NOW);
        }
        account.changePasswordHash("hash");

        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.hasPassword()).isTrue();
    }

    @Test
    void rolesCannotBeChangedFromOutside() {
        account.getRoles().add(StaffRole.ADMIN);

        assertThat(account.getRoles()).containsExactly(StaffRole.OPERATOR);
    }
}
