package it.sportello.batch.drafts;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.batch.IdReader;
import it.sportello.booking.boundary.AppointmentDrafts;
import it.sportello.platform.database.IdSlice;

/** Appointment drafts whose hold has expired. */
@Dependent
@Named
public class AppointmentDraftsToRemove extends IdReader {

    @EJB
    AppointmentDrafts drafts;

    @Override
    protected List<Long> ids(long after, int max, IdSlice slice) {
        return drafts.expired(after, max, slice);
    }
}
