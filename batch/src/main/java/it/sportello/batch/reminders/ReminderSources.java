package it.sportello.batch.reminders;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import it.sportello.jobs.boundary.ReminderSource;

/** The reminder sources the components provide, by name. */
@Dependent
public class ReminderSources {

    @Inject
    @Any
    Instance<ReminderSource> all;

    public ReminderSource named(String name) {
        return all.stream()
                .filter(source -> source.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No reminder source named " + name));
    }
}
