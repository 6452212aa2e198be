package it.sportello.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void aFigureHasItsHelpItsTypeAndOneLinePerValueWithSortedLabels() {
        Figure jobs = new Figure(
                "sportello_job_executions",
                "Executions by outcome",
                Figure.Kind.GAUGE,
                List.of(
                        new Figure.Value(Map.of("status", "COMPLETED", "job", "mail-outbox"), 12),
                        new Figure.Value(Map.of("status", "FAILED", "job", "mail-outbox"), 1)));
        Figure duration = new Figure(
                "sportello_job_last_duration_seconds",
                "How long",
                Figure.Kind.GAUGE,
                List.of(new Figure.Value(Map.of("job", "reminders"), 2.5)));

        assertThat(PrometheusText.of(List.of(jobs, duration))).isEqualTo("""
                # HELP sportello_job_executions Executions by outcome
                # TYPE sportello_job_executions gauge
                sportello_job_executions{job="mail-outbox",status="COMPLETED"} 12
                sportello_job_executions{job="mail-outbox",status="FAILED"} 1
                # HELP sportello_job_last_duration_seconds How long
                # TYPE sportello_job_last_duration_seconds gauge
                sportello_job_last_duration_seconds{job="reminders"} 2.5
                """);
    }

    @Test
    void labelValuesAreEscapedAndCountedRowsBecomeValues() {
        Figure sent = Figure.counted(
                "sportello_practices_sent_total",
                "Sent",
                Figure.Kind.COUNTER,
                "service",
                List.<Object[]>of(new Object[] {"say \"hi\"\\\n", 3L}));

        assertThat(PrometheusText.of(List.of(sent)))
                .contains("# TYPE sportello_practices_sent_total counter\n")
                .contains("sportello_practices_sent_total{service=\"say \\\"hi\\\"\\\\\\n\"} 3\n");
    }

    @Test
    void aNameOutsideTheFormatIsRefused() {
        assertThatThrownBy(() -> new Figure("sportello-practices", "x", Figure.Kind.GAUGE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
