package it.sportello.batch.mail;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.batch.IdReader;
import it.sportello.mail.boundary.Outbox;

/** The mails whose delivery is due, oldest first. */
@Dependent
@Named
public class DueMails extends IdReader {

    @EJB
    Outbox outbox;

    @Inject
    @BatchProperty
    String max;

    @Override
    protected List<Long> ids(long after) {
        return outbox.due(after, Integer.parseInt(max));
    }
}
