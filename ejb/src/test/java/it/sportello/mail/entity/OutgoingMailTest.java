package it.sportello.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration BACKOFF = Duration.ofMinutes(1);

    @Test
    void aQueuedMailIsDueAtOnce() {
        OutgoingMail mail = new OutgoingMail("anna@example.org", "Oggetto", "Testo", NOW);

        assertThat(mail.isDue(NOW)).isTrue();
        assertThat(mail.getStatus()).isEqualTo(OutgoingMail.Status.PENDING);
    }

    @Test
    void eachFailureDoublesTheWaitBeforeTheNextAttempt() {
        OutgoingMail mail = new OutgoingMail("anna@example.org", "Oggetto", "Testo", NOW);

        mail.failed("Connection refused", NOW, BACKOFF, 5);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(mail.isDue(NOW.plusSeconds(59))).isFalse();
        mail.failed("Connection refused", NOW, BACKOFF, 5);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        mail.failed("Connection refused", NOW, BACKOFF, 5);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(mail.getStatus()).isEqualTo(OutgoingMail.Status.PENDING);
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void aMailIsGivenUpAfterTheMaximumOfAttemptsAndCanBeSentAgain() {
        OutgoingMail mail = new OutgoingMail("anna@example.org", "Oggetto", "Testo", NOW);
        for (int i = 0; i < 3; i++) {
            mail.failed("550 mailbox unavailable", NOW, BACKOFF, 3);
        }

        assertThat(mail.getStatus()).isEqualTo(OutgoingMail.Status.FAILED);
        assertThat(mail.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();

        mail.retryNow(NOW.plusSeconds(10));
        assertThat(mail.isDue(NOW.plusSeconds(10))).isTrue();
        assertThat(mail.getAttempts()).isZero();
    }

    @Test
    void aSentMailIsNeitherDueNorSentAgain() {
        OutgoingMail mail = new OutgoingMail(
                "anna@example.org",
                "Oggetto",
                "Testo",
                java.util.List.of(
                        new MailFile("ricevuta.pdf", "application/pdf", new byte[] {1}),
                        new MailFile("appuntamento.ics", "text/calendar", new byte[] {2})),
                NOW);
        mail.sent(NOW);

        mail.retryNow(NOW);

        assertThat(mail.getStatus()).isEqualTo(OutgoingMail.Status.SENT);
        assertThat(mail.isDue(NOW)).isFalse();
        assertThat(mail.hasFile()).isTrue();
        assertThat(mail.getFiles())
                .extracting(MailFile::getFileName)
                .containsExactly("ricevuta.pdf", "appuntamento.ics");
    }
}
