package it.sportello.batch.reminders;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.batch.IdWriter;

/** Sends each reminder through its source's boundary, each in its own transaction. */
@Dependent
@Named
public class Reminding extends IdWriter {

    @Inject
    ReminderSources sources;

    @Inject
    @BatchProperty
    String source;

    @Override
    protected void write(long id) {
        sources.named(source).remind(id);
    }
}
