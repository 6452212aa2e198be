package it.sportello.jobs.boundary;

import java.util.List;

import it.sportello.platform.database.IdSlice;

/**
 * Something citizens are reminded of by the reminders job, implemented by the component that owns
 * it (integration requests here; appointments of the booking component and payments due of the
 * payments component plug in the same way, as a bean of this type with its own {@link #name()} and
 * a step of the reminders job naming it). Each reminder is sent once: {@link #remind} records it
 * in the same transaction as the mail and does nothing for one already sent.
 */
public interface ReminderSource {

    /** The name a step of the reminders job selects the source by, e.g. {@code integration-requests}. */
    String name();

    /** The ids of the slice greater than {@code after}, ascending, of what is due for a reminder now. */
    List<Long> due(long after, int max, IdSlice slice);

    /** Sends the reminder about one of them, in a transaction of its own, unless it was sent or is no longer due. */
    void remind(long id);
}
