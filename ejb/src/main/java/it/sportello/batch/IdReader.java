package it.sportello.batch;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;

/**
 * Reads, in ascending order, the ids of the items a step works on, chosen when the step opens; the
 * checkpoint is the last id read, so a restarted step goes on with the ids after it and reads
 * nothing twice. Each writer re-checks its item in its own transaction, so an item done by someone
 * else in the meantime is left alone.
 */
public abstract class IdReader extends AbstractItemReader {

    /** At most this many items per run (job property {@code max}). */
    @Inject
    @BatchProperty
    String max;

    private List<Long> ids;
    private int position;
    private long last;

    /** At most {@code max} ids to work on greater than {@code after}, ascending. */
    protected abstract List<Long> ids(long after, int max);

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
        ids = ids(last, max == null || max.isBlank() ? Integer.MAX_VALUE : Integer.parseInt(max));
        position = 0;
    }

    @Override
    public Object readItem() {
        if (position >= ids.size()) {
            return null;
        }
        last = ids.get(position++);
        return last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
