package it.sportello.batch.mail;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import it.sportello.mail.boundary.Outbox;

/** Delivers each mail through the outbox, each in its own transaction. */
@Dependent
@Named
public class MailDelivery extends AbstractItemWriter {

    @EJB
    Outbox outbox;

    @Override
    public void writeItems(List<Object> items) {
        for (Object id : items) {
            outbox.deliver((Long) id);
        }
    }
}
