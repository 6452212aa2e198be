package it.sportello.batch;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.platform.logging.RequestIds;
import it.sportello.platform.logging.RequestIds.Scope;

/**
 * Gives the log lines of a job's items the id {@code job-<execution id>}, as the web gives a
 * request's lines its request id: the console shows the execution id, and a search for it finds
 * what each item logged, on whichever thread of a partitioned step it ran.
 */
@Dependent
@Named
public class JobLogContext extends AbstractChunkListener {

    @Inject
    JobContext job;

    private Scope scope;

    /** The id the lines of an execution carry. */
    public static String idOf(long executionId) {
        return "job-" + executionId;
    }

    @Override
    public void beforeChunk() {
        scope = RequestIds.open(idOf(job.getExecutionId()));
    }

    @Override
    public void afterChunk() {
        close();
    }

    @Override
    public void onError(Exception failure) {
        close();
    }

    private void close() {
        if (scope != null) {
            scope.close();
            scope = null;
        }
    }
}
