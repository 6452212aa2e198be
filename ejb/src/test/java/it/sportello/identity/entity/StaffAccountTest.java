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

    @Test
    void anOperatorIsEnabledOnlyForTheServicesGivenAndWorksInTheOfficesGiven() {
        it.sportello.catalog.entity.Office technical = new it.sportello.catalog.entity.Office("ufficio-tecnico",
                it.sportello.platform.i18n.LocalizedText.italian("Ufficio tecnico"));
        it.sportello.catalog.entity.Service driveway = service("permesso-passo-carrabile");
        it.sportello.catalog.entity.Service ztl = service("permesso-ztl");

        account.assign(Set.of(technical), Set.of(driveway));

        assertThat(account.isEnabledFor(driveway)).isTrue();
        assertThat(account.isEnabledFor(ztl)).isFalse();
        assertThat(account.worksIn(technical)).isTrue();
        assertThat(account.getServices()).containsExactly(driveway);
    }

    @Test
    void anAdministratorIsEnabledForEveryService() {
        StaffAccount admin = new StaffAccount("admin", "Amministratore", "admin@example.org", Set.of(StaffRole.ADMIN));

        assertThat(admin.isEnabledFor(service("permesso-ztl"))).isTrue();
    }

    private static it.sportello.catalog.entity.Service service(String code) {
        return new it.sportello.catalog.entity.Service(code, it.sportello.platform.i18n.LocalizedText.italian(code),
                it.sportello.platform.i18n.LocalizedText.italian(code));
    }
}
