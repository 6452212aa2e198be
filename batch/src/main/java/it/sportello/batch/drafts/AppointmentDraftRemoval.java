package it.sportello.batch.drafts;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.batch.IdWriter;
import it.sportello.booking.boundary.AppointmentDrafts;

/** Removes each expired appointment draft through the booking boundary, each in its own transaction. */
@Dependent
@Named
public class AppointmentDraftRemoval extends IdWriter {

    @EJB
    AppointmentDrafts drafts;

    @Override
    protected void write(long id) {
        drafts.remove(id);
    }
}
