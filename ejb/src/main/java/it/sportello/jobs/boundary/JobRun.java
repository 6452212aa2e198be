package it.sportello.jobs.boundary;

import java.time.Instant;

/**
 * One execution of a job as the console shows it: counts are the sums of its steps' metrics, the
 * failure is what the failed step said. The status is the job repository's, or {@value
 * #INTERRUPTED} for an execution the repository says is running on a server that is gone
 * ({@link JobNodes}), {@value #TAKEN_OVER} once a new execution took over its work. Only the
 * latest execution of its job instance can be restarted.
 */
public record JobRun(
        long executionId,
        long instanceId,
        String job,
        String status,
        Instant start,
        Instant end,
        long read,
        long written,
        long skipped,
        String failure,
        boolean latest) {

    /** The status of an execution left running by a server that died. */
    public static final String INTERRUPTED = "INTERRUPTED";

    /** The status of an interrupted execution whose work a new execution took over. */
    public static final String TAKEN_OVER = "TAKEN_OVER";

    public boolean isRestartable() {
        return latest && ("FAILED".equals(status) || "STOPPED".equals(status) || INTERRUPTED.equals(status));
    }
}
