package it.sportello.jobs.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobRunTest {

    @ParameterizedTest(name = "{0}, latest {1}: restartable {2}")
    @CsvSource({
        "FAILED, true, true",
        "STOPPED, true, true",
        "INTERRUPTED, true, true",
        "TAKEN_OVER, true, false",
        "FAILED, false, false",
        "STOPPED, false, false",
        "INTERRUPTED, false, false",
        "STARTED, true, false",
        "STARTING, true, false",
        "STOPPING, true, false",
        "COMPLETED, true, false",
        "ABANDONED, true, false"
    })
    void onlyTheLatestFailedStoppedOrInterruptedExecutionRestarts(String status, boolean latest, boolean restartable) {
        JobRun run = new JobRun(7, 3, "draft-expiry", status, Instant.EPOCH, null, 10, 10, 0, null, latest);

        assertThat(run.isRestartable()).isEqualTo(restartable);
    }
}
