package it.sportello.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.jobs.boundary.JobNodes;

/**
 * Records which instance runs each execution of a job, its first run or a restart, so that an
 * execution left running by an instance that died is known as interrupted ({@link JobNodes}).
 */
@Dependent
@Named
public class ExecutionNode extends AbstractJobListener {

    @Inject
    JobContext job;

    @EJB
    JobNodes nodes;

    @Override
    public void beforeJob() {
        nodes.runs(job.getExecutionId(), JobSchedules.INSTANCE);
    }
}
