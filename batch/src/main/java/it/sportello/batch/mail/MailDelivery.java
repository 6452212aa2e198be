package it.sportello.batch.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.batch.IdWriter;
import it.sportello.mail.boundary.Outbox;

/** Delivers each mail through the outbox, each in its own transaction. */
@Dependent
@Named
public class MailDelivery extends IdWriter {

    @EJB
    Outbox outbox;

    @Override
    protected void write(long id) {
        outbox.deliver(id);
    }
}
