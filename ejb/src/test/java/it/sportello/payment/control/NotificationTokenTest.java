package it.sportello.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationTokenTest {

    @Test
    void theDemonstrationsSecretServesOnlyTheDemonstration() {
        assertThat(NotificationToken.problem(NotificationToken.DEMO, true)).isEmpty();
        assertThat(NotificationToken.problem(NotificationToken.DEMO, false))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .contains("sportello.payment.notification-token", "sportello.demo.enabled=false"));
        assertThat(NotificationToken.problem(" " + NotificationToken.DEMO + " ", false))
                .isPresent();
        assertThat(NotificationToken.problem("a-secret-of-the-municipality", false))
                .isEmpty();
    }

    @Test
    void anEmptySecretGuardsNothing() {
        assertThat(NotificationToken.matches("", "")).as("why it is refused").isTrue();
        assertThat(NotificationToken.problem("", true)).isPresent();
        assertThat(NotificationToken.problem(null, false)).isPresent();
    }

    @Test
    void theSecretIsComparedWhole() {
        assertThat(NotificationToken.matches("segreto", "segreto")).isTrue();
        assertThat(NotificationToken.matches("segreto", "segret")).isFalse();
        assertThat(NotificationToken.matches("segreto", null)).isFalse();
    }
}
