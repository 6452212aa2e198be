package it.sportello.batch.protocol;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.batch.IdReader;
import it.sportello.protocol.boundary.ProtocolSubmission;

/** The registrations whose attempt is due, oldest first. */
@Dependent
@Named
public class DueRegistrations extends IdReader {

    @EJB
    ProtocolSubmission submission;

    @Inject
    @BatchProperty
    String max;

    @Override
    protected List<Long> ids(long after) {
        return submission.due(after, Integer.parseInt(max));
    }
}
