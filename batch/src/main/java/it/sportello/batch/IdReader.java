package it.sportello.batch;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;

/**
 * Reads, in ascending order, the ids of the items a step works on, chosen when the step opens; the
 * checkpoint is the last id read, so a restarted step goes on with the ids after it and reads
 * nothing twice. Each writer re-checks its item in its own transaction, so an item done by someone
 * else in the meantime is left alone.
 */
public abstract class IdReader extends AbstractItemReader {

    private List<Long> ids;
    private int position;
    private long last;

    /** The ids to work on greater than {@code after}, ascending. */
    protected abstract List<Long> ids(long after);

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
        ids = ids(last);
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
