package it.sportello.batch.mail;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.batch.IdReader;
import it.sportello.mail.boundary.Outbox;
import it.sportello.platform.database.IdSlice;

/** The mails whose delivery is due, oldest first. */
@Dependent
@Named
public class DueMails extends IdReader {

    @EJB
    Outbox outbox;

    @Override
    protected List<Long> ids(long after, int max, IdSlice slice) {
        return outbox.due(after, max, slice);
    }
}
