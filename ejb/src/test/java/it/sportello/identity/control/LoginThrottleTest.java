package it.sportello.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final String ATTACKER = "203.0.113.7";
    private static final String OFFICE = "198.51.100.20";

    private final LoginThrottle throttle = new LoginThrottle();

    private void failTimes(String username, String address, int times) {
        for (int attempt = 0; attempt < times; attempt++) {
            throttle.failed(username, address, NOW);
        }
    }

    @Test
    void theFifthWrongPasswordInARowSuspendsTheAddressForAWhile() {
        failTimes("olga.op", ATTACKER, LoginThrottle.MAX_FAILED_LOGINS - 1);
        assertThat(throttle.isSuspended("olga.op", ATTACKER, NOW)).isFalse();

        throttle.failed("olga.op", ATTACKER, NOW);

        assertThat(throttle.isSuspended("olga.op", ATTACKER, NOW)).isTrue();
        assertThat(throttle.isSuspended(
                        "olga.op", ATTACKER, NOW.plus(LoginThrottle.SUSPENSION).minusSeconds(1)))
                .isTrue();
        assertThat(throttle.isSuspended("olga.op", ATTACKER, NOW.plus(LoginThrottle.SUSPENSION)))
                .isFalse();
    }

    @Test
    void anAttackerCannotKeepTheOwnerOutFromAnotherAddress() {
        failTimes("olga.op", ATTACKER, LoginThrottle.MAX_FAILED_LOGINS);

        assertThat(throttle.isSuspended("Olga.Op ", ATTACKER, NOW)).isTrue();
        assertThat(throttle.isSuspended("olga.op", OFFICE, NOW)).isFalse();
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        failTimes("olga.op", OFFICE, LoginThrottle.MAX_FAILED_LOGINS - 1);
        throttle.succeeded("olga.op", OFFICE);
        throttle.failed("olga.op", OFFICE, NOW);

        assertThat(throttle.isSuspended("olga.op", OFFICE, NOW)).isFalse();
    }

    @Test
    void wrongPasswordsFarApartAreNotCountedTogether() {
        failTimes("olga.op", OFFICE, LoginThrottle.MAX_FAILED_LOGINS - 1);
        throttle.failed("olga.op", OFFICE, NOW.plus(LoginThrottle.SUSPENSION));

        assertThat(throttle.isSuspended("olga.op", OFFICE, NOW.plus(LoginThrottle.SUSPENSION)))
                .isFalse();
    }

    @Test
    void releaseLiftsTheSuspensionFromEveryAddressOfThatUsernameOnly() {
        failTimes("olga.op", ATTACKER, LoginThrottle.MAX_FAILED_LOGINS);
        failTimes("olga.op", OFFICE, LoginThrottle.MAX_FAILED_LOGINS);
        failTimes("marco.op", ATTACKER, LoginThrottle.MAX_FAILED_LOGINS);

        throttle.release(" OLGA.op");

        assertThat(throttle.isSuspended("olga.op", ATTACKER, NOW)).isFalse();
        assertThat(throttle.isSuspended("olga.op", OFFICE, NOW)).isFalse();
        assertThat(throttle.isSuspended("marco.op", ATTACKER, NOW)).isTrue();
    }
}
