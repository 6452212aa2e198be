package it.sportello.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps why a step failed as its exit status, where the job console reads it. */
@Dependent
@Named
public class FailureReason extends AbstractStepListener {

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            Throwable cause = failure;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            step.setExitStatus(reason.length() > 500 ? reason.substring(0, 500) : reason);
        }
    }
}
