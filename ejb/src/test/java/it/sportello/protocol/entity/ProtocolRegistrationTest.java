package it.sportello.protocol.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProtocolRegistrationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration BACKOFF = Duration.ofSeconds(30);

    private final ProtocolRegistration registration = new ProtocolRegistration(
            null,
            RegistrationKind.SENDING,
            "Presentazione istanza",
            "modulo.pdf",
            new byte[] {1, 2},
            List.of(
                    ProtocolRegistration.digestLine("ab12", "modulo.pdf"),
                    ProtocolRegistration.digestLine("cd34", "planimetria.pdf")),
            NOW);

    @Test
    void aSendingComesInAndAnOutcomeGoesOut() {
        assertThat(registration.getDirection()).isEqualTo(Direction.INCOMING);
        assertThat(RegistrationKind.OUTCOME.direction()).isEqualTo(Direction.OUTGOING);
        assertThat(RegistrationKind.INTEGRATION_REQUEST.direction()).isEqualTo(Direction.OUTGOING);
        assertThat(RegistrationKind.INTEGRATION_ANSWER.direction()).isEqualTo(Direction.INCOMING);
        assertThat(RegistrationKind.WITHDRAWAL.direction()).isEqualTo(Direction.INCOMING);
    }

    @Test
    void everyDocumentIsListedWithItsDigestTheMainOneFirst() {
        assertThat(registration.getDocuments()).containsExactly("ab12  modulo.pdf", "cd34  planimetria.pdf");
        assertThat(registration.getRegistrationId()).hasSize(36);
    }

    @Test
    void aRegisterThatFailsIsAskedAgainAfterADoublingWaitThenGivenUp() {
        registration.failed("HTTP 503", NOW, BACKOFF, 3);
        assertThat(registration.isDue(NOW.plusSeconds(29))).isFalse();
        assertThat(registration.isDue(NOW.plusSeconds(30))).isTrue();
        registration.failed("HTTP 503", NOW, BACKOFF, 3);
        assertThat(registration.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        registration.failed("HTTP 503", NOW, BACKOFF, 3);

        assertThat(registration.getStatus()).isEqualTo(ProtocolRegistration.Status.FAILED);
        registration.retryNow(NOW);
        assertThat(registration.isDue(NOW)).isTrue();
    }

    @Test
    void aRegistrationHasItsNumberOnceAndForAll() {
        registration.registered(2026, 123, NOW, null, "municipal");

        assertThat(registration.getProtocolNumber()).isEqualTo("2026/0000123");
        assertThat(registration.isDue(NOW)).isFalse();
        registration.failed("late answer", NOW, BACKOFF, 3);
        registration.retryNow(NOW);
        assertThat(registration.getStatus()).isEqualTo(ProtocolRegistration.Status.REGISTERED);
        assertThatThrownBy(() -> registration.registered(2026, 124, NOW, null, "municipal"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(registration.getNumber()).isEqualTo(123);
    }
}
