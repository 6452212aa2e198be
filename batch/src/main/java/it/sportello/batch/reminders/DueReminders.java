package it.sportello.batch.reminders;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.batch.IdReader;
import it.sportello.jobs.boundary.ReminderSource;
import it.sportello.platform.database.IdSlice;

/** What the step's reminder source ({@code source} property) has due for a reminder. */
@Dependent
@Named
public class DueReminders extends IdReader {

    @Inject
    ReminderSources sources;

    @Inject
    @BatchProperty
    String source;

    @Override
    protected List<Long> ids(long after, int max, IdSlice slice) {
        ReminderSource chosen = sources.named(source);
        return chosen.due(after, max, slice);
    }
}
