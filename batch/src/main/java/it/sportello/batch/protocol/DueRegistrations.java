package it.sportello.batch.protocol;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.batch.IdReader;
import it.sportello.platform.database.IdSlice;
import it.sportello.protocol.boundary.ProtocolSubmission;

/** The registrations whose attempt is due, oldest first. */
@Dependent
@Named
public class DueRegistrations extends IdReader {

    @EJB
    ProtocolSubmission submission;

    @Override
    protected List<Long> ids(long after, int max, IdSlice slice) {
        return submission.due(after, max, slice);
    }
}
