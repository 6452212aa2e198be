package it.sportello.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.sportello.platform.Reachability;

class OutsideSystemReadinessTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    @BeforeAll
    static void responses() {
        PlainResponses.use();
    }

    /** Answers what it is given, one answer per probe, and counts the probes. */
    static class Scripted extends OutsideSystemReadiness {
        final Deque<Reachability> answers = new ArrayDeque<>();
        int probes;

        Scripted(Duration every, Reachability... answers) {
            this.every = every;
            this.answers.addAll(List.of(answers));
        }

        @Override
        protected String name() {
            return "register";
        }

        @Override
        protected Reachability probe() {
            probes++;
            return answers.removeFirst();
        }

        void at(Instant instant) {
            clock = Clock.fixed(instant, ZoneOffset.UTC);
        }
    }

    @Test
    void aSystemThatDoesNotAnswerIsDegradedButTheDeskStaysReady() {
        Scripted check =
                new Scripted(Duration.ZERO, Reachability.unreachable(new java.net.ConnectException("localhost:25")));
        check.at(START);

        HealthCheckResponse response = check.call();

        assertThat(response.getName()).isEqualTo("register");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow())
                .containsEntry("state", "degraded")
                .containsEntry("detail", "ConnectException")
                .containsEntry("checked", START.toString());
    }

    @Test
    void theSystemIsAskedAgainOnlyOnceThePeriodHasPassed() {
        Scripted check = new Scripted(
                Duration.ofSeconds(30),
                Reachability.reached("smtp:25"),
                Reachability.unreachable("SocketTimeoutException"));
        check.at(START);
        assertThat(check.call().getData().orElseThrow()).containsEntry("state", "ok");

        check.at(START.plusSeconds(29));
        assertThat(check.call().getData().orElseThrow())
                .containsEntry("state", "ok")
                .containsEntry("checked", START.toString());
        assertThat(check.probes).isEqualTo(1);

        check.at(START.plusSeconds(30));
        assertThat(check.call().getData().orElseThrow())
                .containsEntry("state", "degraded")
                .containsEntry("detail", "SocketTimeoutException");
        assertThat(check.probes).isEqualTo(2);
    }
}
