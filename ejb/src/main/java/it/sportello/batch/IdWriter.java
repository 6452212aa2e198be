package it.sportello.batch;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;

/**
 * Writes the ids an {@link IdReader} read, one by one, through a boundary call that runs in a
 * transaction of its own: what was done before a failure or a stop stays done.
 */
public abstract class IdWriter extends AbstractItemWriter {

    /** Does the work on one item, in its own transaction. */
    protected abstract void write(long id);

    @Override
    public void writeItems(List<Object> items) {
        for (Object id : items) {
            write((Long) id);
        }
    }
}
